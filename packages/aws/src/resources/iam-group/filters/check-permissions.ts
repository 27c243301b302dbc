import { checkPermissionsFilter } from '../../../common/iam/check-permissions.js';

export default checkPermissionsFilter({ type: 'aws.iam-group', by: 'principal', plural: 'groups' });
