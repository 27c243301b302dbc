/** Deploying policies with a Lambda mode, and removing what was deployed. */
export {
  type DeployResult,
  type DeployStatus,
  deployPolicy,
  type FunctionCode,
  failedDeploy,
} from './deploy.js';
export type { DeployEnv, Send } from './env.js';
export { cloudtrailPattern, mergePattern, modePattern, samePattern } from './event-pattern.js';
export {
  type ConfigTypes,
  configChanges,
  DeployInputError,
  type DeploySpec,
  deploySpec,
  type FunctionConfig,
  type RuleConfig,
  type ScheduleConfig,
  tagChanges,
} from './function-config.js';
export {
  CONFIG_RULE_TAG,
  type DeploymentNames,
  deploymentNames,
  HUB_ACTION_TAG,
  hubActionArn,
  logGroupOf,
  POLICY_TAG,
  parseDeployedArn,
  roleArn,
  SCHEDULE_TAG,
  VERSION_TAG,
} from './names.js';
export { DEPLOY_CALL_PERMISSIONS, deployerPermissions, functionPermissions } from './permissions.js';
export { DEPLOYED_RESOURCE_TYPES, listDeployed, prunable } from './prune.js';
export { type Deployed, type RemoveResult, removeDeployed } from './remove.js';
