/** Fan-out beyond one machine: an AWS Step Functions Distributed Map over the account×regions. */
export { assumeRoleChain, type RoleChain } from './assume-roles.js';
export {
  type FanoutArchiveRef,
  type FanoutConfig,
  type FanoutItem,
  fanoutConfig,
  policiesOf,
  varsList,
} from './config.js';
export { type FanoutDefinitionSettings, fanoutDefinition, LAMBDA_TRANSIENT_ERRORS } from './definition.js';
export {
  DEFAULT_FANOUT_NAME,
  deployFanout,
  FANOUT_TAG,
  FanoutDefinitionError,
  type FanoutDeployResult,
  type FanoutDeploySettings,
} from './deploy.js';
export {
  deployCount,
  FANOUT_ERROR_FILE,
  type FanoutItemResult,
  type FanoutPolicyCount,
  type FanoutRuntime,
  parseItem,
  policyCount,
  runFanoutItem,
} from './item.js';
export { buildFanoutArchive, type FanoutArchive } from './package.js';
export {
  archiveKey,
  type FanoutRunResult,
  type FanoutRunSettings,
  itemsLocation,
  runFanout,
} from './run.js';
