import { consecutiveAwsBackups } from '../../../common/filters/consecutive-aws-backups.js';

// A Redshift cluster carries no ARN: it is built from the declaration, as c7n's get_arns.
export default consecutiveAwsBackups({
  resources: ['aws.redshift'],
  noun: 'Redshift clusters',
  arnReads: ['ClusterIdentifier'],
});
