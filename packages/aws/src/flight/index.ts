export { type ReplayClientConfig, replayClientConfig, replayServiceConfig } from './config.js';
export { endpointPrefixes, endpointPrefixFor, operationOf } from './endpoint-prefixes.js';
export { errorCodeAliases, type OutputFix, outputFixes } from './fidelity.js';
export {
  type FlightOptions,
  flightMiddleware,
  flightMiddlewareOptions,
  getFlightPlugin,
} from './middleware.js';
export { REDACTED, type Redaction, redactions } from './redact.js';
export {
  type FlightCall,
  type FlightFile,
  FlightSession,
  flightLogJson,
  MissingFlightFileError,
} from './session.js';
