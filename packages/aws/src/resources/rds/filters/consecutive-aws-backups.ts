import { consecutiveAwsBackups } from '../../../common/filters/consecutive-aws-backups.js';

export { AWS_BACKUPS } from '../../../common/filters/consecutive-aws-backups.js';

export default consecutiveAwsBackups({
  resources: ['aws.rds'],
  noun: 'DB instances',
  arnField: 'DBInstanceArn',
});
