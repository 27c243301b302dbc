import { usageFilter } from '../../../common/iam/usage.js';

export default usageFilter({ type: 'aws.iam-role', plural: 'roles' });
