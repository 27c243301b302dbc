import { consecutiveAwsBackups } from '../../../common/filters/consecutive-aws-backups.js';

export default consecutiveAwsBackups({
  resources: ['aws.dynamodb-table'],
  noun: 'Tables',
  arnField: 'TableArn',
});
