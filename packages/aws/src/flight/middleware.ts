/**
 * Record/replay of AWS API traffic as one SDK v3 middleware, in placebo's flight-data layout
 * (`DIR/<endpointPrefix>.<Operation>_<n>.json`) so Cloud Custodian's recordings replay as-is.
 *
 * It sits first in the `deserialize` step: outside it run serialization, endpoint resolution,
 * retries and signing (all local, given static credentials), so real clients, paginators,
 * error classes and the retry strategy stay in the path; inside it are the protocol
 * deserializer and the HTTP handler, which replay skips by answering without calling `next`.
 * Record calls `next` and writes what the deserializer produced, one file per attempt.
 */
import { getSmithyContext, HttpResponse } from '@smithy/core/transport';
import type {
  AbsoluteLocation,
  DeserializeHandlerOptions,
  DeserializeMiddleware,
  HandlerExecutionContext,
  MetadataBearer,
  Pluggable,
  ResponseMetadata,
} from '@smithy/types';
import { decodeFresh, encodeValue, isSdkStream } from './codec.js';
import { endpointPrefixFor, operationOf } from './endpoint-prefixes.js';
import { errorCodeOf, replayError } from './errors.js';
import { errorCodeAliases, outputFixFor } from './fidelity.js';
import { redactRecorded } from './redact.js';
import { FlightSession, MissingFlightFileError } from './session.js';

export interface FlightOptions {
  mode: 'replay' | 'record';
  /** The flight directory. */
  dir: string;
  /** Shared by every client of one run; a plugin without one gets its own. */
  session?: FlightSession;
}

export const flightMiddlewareOptions: DeserializeHandlerOptions & AbsoluteLocation = {
  name: 'flightMiddleware',
  step: 'deserialize',
  priority: 'high',
  tags: ['FLIGHT', 'RECORD_REPLAY'],
  override: true,
};

export function flightMiddleware(
  options: FlightOptions & { session: FlightSession },
): DeserializeMiddleware<any, any> {
  const { mode, dir, session } = options;
  return (next, context) => async (args) => {
    const service = endpointPrefixFor(context.clientName ?? '');
    const operation = operationOf(context.commandName ?? '');
    if (mode === 'replay') {
      let next: ReturnType<FlightSession['nextReplayFile']>;
      try {
        next = session.nextReplayFile(dir, service, operation);
      } catch (e) {
        // The log shows where the recording ran out, not only the calls before it.
        if (e instanceof MissingFlightFileError)
          session.log({ service, operation, file: e.file, input: args.input, ok: false, errorCode: e.code });
        throw e;
      }
      const { file, body } = next;
      const status = body.status_code;
      const meta = metadataOf(body.data, status);
      if (status >= 300) {
        const raw = errorCodeOf(body.data, status).code;
        const code = errorCodeAliases[service]?.[raw] ?? raw;
        session.log({ service, operation, file, input: args.input, ok: false, errorCode: code });
        throw replayError(namespaceOf(context), code, status, body.data, meta);
      }
      session.log({ service, operation, file, input: args.input, ok: true });
      // The session parses each answer afresh: it is decoded in place (a listing page is not
      // copied, issue 17).
      const { ResponseMetadata: _rm, ...data } = body.data;
      outputFixFor(service, operation)?.replay?.(data);
      const output = decodeFresh(data) as Record<string, unknown>;
      output.$metadata = { ...meta, attempts: 1, totalRetryDelay: 0 };
      const headers = (body.data.ResponseMetadata as { HTTPHeaders?: Record<string, string> } | undefined)
        ?.HTTPHeaders;
      return { output, response: new HttpResponse({ statusCode: status, headers: { ...headers } }) };
    }

    try {
      const result = await next(args);
      const output = result.output as MetadataBearer & Record<string, unknown>;
      const status = output.$metadata?.httpStatusCode ?? 200;
      const { $metadata, ...forFile } = output;
      outputFixFor(service, operation)?.record?.(forFile);
      const data = (await encodeValue(forFile)) as Record<string, unknown>;
      redactRecorded(service, operation, data);
      // Encoding read each stream; give the caller the fresh copy encodeValue left in its place.
      for (const [k, v] of Object.entries(forFile)) if (isSdkStream(output[k])) output[k] = v;
      data.ResponseMetadata = responseMetadataOf($metadata, status);
      const file = session.writeRecordFile(dir, service, operation, { status_code: status, data });
      session.log({ service, operation, file, input: args.input, ok: true });
      return result;
    } catch (e) {
      const err = e as Partial<ServiceErrorLike>;
      // Only AWS answers are recorded; a network failure has no response to replay.
      if (err.$metadata?.httpStatusCode === undefined) throw e;
      const status = err.$metadata.httpStatusCode;
      const code = err.Error?.Code ?? err.Code ?? err.name ?? 'Unknown';
      const data = {
        Error: { Code: code, Message: err.message ?? '' },
        ResponseMetadata: responseMetadataOf(err.$metadata, status),
      };
      const file = session.writeRecordFile(dir, service, operation, { status_code: status, data });
      session.log({ service, operation, file, input: args.input, ok: false, errorCode: code });
      throw e;
    }
  };
}

/** The record/replay plugin: `client.middlewareStack.use(getFlightPlugin({ mode, dir, session }))`. */
export function getFlightPlugin(options: FlightOptions): Pluggable<any, any> {
  const session = options.session ?? new FlightSession();
  return {
    applyToStack(stack) {
      stack.add(flightMiddleware({ ...options, session }), flightMiddlewareOptions);
    },
  };
}

interface ServiceErrorLike {
  name: string;
  message: string;
  Code: string;
  Error: { Code?: string };
  $metadata: ResponseMetadata;
}

function metadataOf(data: Record<string, unknown>, status: number): ResponseMetadata {
  const rm = (data.ResponseMetadata ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    httpStatusCode: status,
    requestId: str(rm.RequestId),
    extendedRequestId: str(rm.HostId),
    cfId: undefined,
  };
}

function responseMetadataOf(meta: ResponseMetadata | undefined, status: number): Record<string, unknown> {
  const rm: Record<string, unknown> = { HTTPStatusCode: status };
  if (meta?.requestId !== undefined) rm.RequestId = meta.requestId;
  if (meta?.extendedRequestId !== undefined) rm.HostId = meta.extendedRequestId;
  return rm;
}

/** The Smithy namespace of the operation (`com.amazonaws.ec2`), where its errors are registered. */
function namespaceOf(context: HandlerExecutionContext): string {
  const op = getSmithyContext(context).operationSchema as unknown;
  if (Array.isArray(op) && typeof op[1] === 'string') return op[1];
  const name = (op as { namespace?: unknown } | undefined)?.namespace;
  if (typeof name === 'string') return name;
  throw new Error(
    `flight: ${context.clientName}.${context.commandName} has no operation schema to find its errors`,
  );
}
