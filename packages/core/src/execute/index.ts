export { FileResourceCache, type FileResourceCacheOptions, type ResourceCache } from './cache.js';
export { type CallRecord, type ExecuteOptions, executeCalls, type ResourceOutcome } from './calls.js';
export { CLOCK_ENV, fixedClock } from './clock.js';
export { checkResourceLimits, type ResourceLimits, resourceLimitsOf } from './limits.js';
export { policyNeeds } from './needs.js';
export { DirectorySink, OutputBusyError, type OutputSink, writeFileAtomic } from './outputs.js';
export { type PolicyPermissions, policyPermissions } from './permissions.js';
export type { CallOutcome, FetchProgress, FetchRequest, Provider, Scope } from './provider.js';
export { type RunOptions, runPolicies } from './run.js';
export {
  type ActionResult,
  type PolicyResult,
  type PolicyStatus,
  type ProgressEvent,
  type RunContext,
  runPolicy,
} from './run-policy.js';
