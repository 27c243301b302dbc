import { snapshotSetPermissionsAction } from './_set-permissions.js';

export default snapshotSetPermissionsAction('DB');
