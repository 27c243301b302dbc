import { checkPermissionsFilter } from '../../../common/iam/check-permissions.js';

/** Cloud Custodian simulates a function's execution role (its `Role` ARN), once per role. */
export default checkPermissionsFilter({
  type: 'aws.lambda',
  by: 'principal',
  plural: 'functions',
  subject: 'Lambda functions whose execution role is',
  arnField: 'Role',
});
