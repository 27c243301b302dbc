import { snapshotSetPermissionsAction } from '../../rds-snapshot/actions/_set-permissions.js';

export default snapshotSetPermissionsAction('DBCluster');
