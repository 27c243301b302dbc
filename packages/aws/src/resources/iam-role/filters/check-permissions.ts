import { checkPermissionsFilter } from '../../../common/iam/check-permissions.js';

export default checkPermissionsFilter({ type: 'aws.iam-role', by: 'principal', plural: 'roles' });
