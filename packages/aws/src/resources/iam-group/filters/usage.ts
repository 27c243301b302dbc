import { usageFilter } from '../../../common/iam/usage.js';

export default usageFilter({ type: 'aws.iam-group', plural: 'groups' });
