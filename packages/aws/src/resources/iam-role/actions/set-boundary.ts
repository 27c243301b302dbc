import { IAM_ROLE } from '../../../common/iam/principal.js';
import { setBoundaryAction } from '../../../common/iam/set-boundary.js';

export default setBoundaryAction(IAM_ROLE);
