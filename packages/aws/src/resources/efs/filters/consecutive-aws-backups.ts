import { consecutiveAwsBackups } from '../../../common/filters/consecutive-aws-backups.js';

export default consecutiveAwsBackups({
  resources: ['aws.efs'],
  noun: 'File systems',
  arnField: 'FileSystemArn',
});
