import { IAM_ROLE } from '../../../common/iam/principal.js';
import { setPolicyAction } from '../../../common/iam/set-policy.js';

export default setPolicyAction(IAM_ROLE);
