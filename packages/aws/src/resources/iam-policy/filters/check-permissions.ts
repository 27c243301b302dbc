import { checkPermissionsFilter } from '../../../common/iam/check-permissions.js';

export default checkPermissionsFilter({ type: 'aws.iam-policy', by: 'policy', plural: 'managed policies' });
