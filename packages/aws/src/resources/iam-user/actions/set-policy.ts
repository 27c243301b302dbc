import { IAM_USER } from '../../../common/iam/principal.js';
import { setPolicyAction } from '../../../common/iam/set-policy.js';

export default setPolicyAction(IAM_USER);
