export { createAjv, SHARED_AJV_OPTIONS } from './ajv.js';
export { checkEmbeddedPolicy, type EmbeddedPolicy, embeddedPolicyProperties } from './embedded.js';
export { type ExplainContext, explainAjvErrors, type PathProblem } from './explain.js';
export { firstSegment } from './fields.js';
export {
  formatDate,
  formatString,
  interpolate,
  interpolatePolicy,
  PASS_THROUGH_VARS,
  parseVarArgs,
  type RuntimeFacts,
  runtimeVariables,
  strftime,
  type Vars,
  type VarValue,
} from './interpolate.js';
export {
  type LoadedPolicy,
  type LoadOptions,
  type LoadResult,
  loadPolicies,
  type PolicyFile,
  type PolicyNodes,
} from './load.js';
export {
  assertInside,
  isInside,
  localPathOf,
  OUTSIDE_REASONS,
  type OutsideReason,
  outsideReason,
  realpathLoose,
} from './local-path.js';
export { type NormalizedActionItem, normalizeAction, normalizeActionItem } from './normalize.js';
export { IGNORED_POLICY_KEYS, POLICY_NAME_PATTERN, policyProperties, policySchema } from './policy-schema.js';
export { type QueryProblem, type QuerySpec, type QueryValue, type ReadQuery, readQuery } from './query.js';
export { validatorName } from './validator-name.js';
export {
  type Located,
  locate,
  type ParsedFile,
  type Path,
  type Position,
  parseFile,
  positionOf,
} from './yaml-doc.js';
