import { hasInlinePolicyFilter } from '../../../common/iam/has-inline-policy.js';
import { IAM_ROLE } from '../../../common/iam/principal.js';

export default hasInlinePolicyFilter(IAM_ROLE);
