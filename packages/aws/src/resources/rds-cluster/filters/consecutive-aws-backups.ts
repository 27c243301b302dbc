import { consecutiveAwsBackups } from '../../../common/filters/consecutive-aws-backups.js';

export default consecutiveAwsBackups({
  resources: ['aws.rds-cluster'],
  noun: 'DB clusters',
  arnField: 'DBClusterArn',
});
