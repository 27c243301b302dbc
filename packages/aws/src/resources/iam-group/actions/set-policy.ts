import { IAM_GROUP } from '../../../common/iam/principal.js';
import { setPolicyAction } from '../../../common/iam/set-policy.js';

export default setPolicyAction(IAM_GROUP);
