import { snapshotCrossAccountFilter } from '../../rds-snapshot/filters/_cross-account.js';

export default snapshotCrossAccountFilter('DBCluster');
