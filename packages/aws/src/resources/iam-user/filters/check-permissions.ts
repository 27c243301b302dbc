import { checkPermissionsFilter } from '../../../common/iam/check-permissions.js';

export default checkPermissionsFilter({ type: 'aws.iam-user', by: 'principal', plural: 'users' });
