import { hasInlinePolicyFilter } from '../../../common/iam/has-inline-policy.js';
import { IAM_GROUP } from '../../../common/iam/principal.js';

export default hasInlinePolicyFilter(IAM_GROUP);
