/** Packaging policies as Lambda archives and running them locally; the handler itself is handler.ts. */
export { executionOptions, type LambdaConfig, lambdaConfig, modeOf } from './config.js';
export {
  type EventIds,
  eventIds,
  expandEventSpec,
  isTrailEvent,
  isTrailRecord,
  type TrailEventSpec,
  trailEnvelope,
} from './event-ids.js';
export { functionName, localContext, RUNNER_SOURCE, scheduledEvent } from './local-runner.js';
export {
  type Archive,
  type BuildArchiveOptions,
  buildArchive,
  bundleHandler,
  LAMBDA_HANDLER,
} from './package.js';
export {
  type ActionSummary,
  DEFAULT_OUTPUT_DIR,
  type LambdaContext,
  type LambdaSummary,
  runLambda,
} from './run-lambda.js';
export { neededServices, sdkPackageOf, serviceForAction } from './services.js';
export { codeSha256, unzipTo, zipFiles } from './zip.js';
