export { type CallRecord, executeCalls, type ResourceOutcome } from './calls.js';
export { checkResourceLimits } from './limits.js';
export { policyNeeds } from './needs.js';
export { DirectorySink, type OutputSink, writeFileAtomic } from './outputs.js';
export type { CallOutcome, FetchRequest, Provider, Scope } from './provider.js';
export { type RunOptions, runPolicies } from './run.js';
export {
  type ActionResult,
  type PolicyResult,
  type PolicyStatus,
  type RunContext,
  runPolicy,
} from './run-policy.js';
