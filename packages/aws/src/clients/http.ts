/**
 * Planned calls that leave AWS: an HTTP request (the `webhook` action). They go through the
 * executor like any other call (per-resource outcomes, nothing sent under --dryrun); the AWS
 * provider hands calls of this service here instead of to an SDK client.
 *
 * Replay answers them from the flight directory like an AWS call (`http.<METHOD>_<n>.json`,
 * `{"status_code": 200, "data": {"body": "..."}}`) and never touches the network; record
 * writes the answer there. Either way the call is in the flight log, as its input shows it.
 */
import type { CallOutcome } from '@c7n-ts/core';
// session.ts only: the webhook declaration imports this module, and elements load no flight
// middleware (validate stays light).
import { type FlightSession, MissingFlightFileError } from '../flight/session.js';

/** `service` of a planned HTTP request; `operation` is its method. */
export const HTTP_SERVICE = 'http';

export interface HttpRequestInput {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What is really sent when it differs from the input shown (plan, logs, flight log): values
 * from a secret appear there as placeholders. A symbol member, so JSON never writes it, while
 * the executor's input spreads keep it. `failure` fails the call's resources unsent (a secret
 * that could not be read).
 */
export const HTTP_SEALED = Symbol('c7n-ts.http.sealed');
export type SealedRequest = HttpRequestInput | { failure: { errorCode: string; message: string } };
export type ShownRequest = HttpRequestInput & { [HTTP_SEALED]?: SealedRequest };

/** Where a run keeps its flight data; absent or `live` sends for real, unrecorded. */
export interface HttpFlight {
  mode: 'live' | 'replay' | 'record';
  dir?: string;
  session?: FlightSession;
}

/** Sends one request. Any answer below 400 is success; others fail as `HTTP<status>`. */
export async function sendHttp(
  input: ShownRequest,
  flight: HttpFlight = { mode: 'live' },
): Promise<CallOutcome> {
  const sealed = input[HTTP_SEALED];
  if (sealed && 'failure' in sealed) return { ok: false, ...sealed.failure };
  const real = sealed ?? input;
  // Messages and logs name the request as shown, never with a secret's values.
  const shown: HttpRequestInput = { url: input.url, method: input.method };
  if (input.headers) shown.headers = input.headers;
  if (input.body !== undefined) shown.body = input.body;
  const { session, dir } = flight;
  const log = (file: string, outcome: CallOutcome) =>
    session?.log({
      service: HTTP_SERVICE,
      operation: input.method,
      file,
      input: shown,
      ok: outcome.ok,
      ...(!outcome.ok && { errorCode: outcome.errorCode }),
    });
  if (flight.mode === 'replay' && dir !== undefined && session) {
    let file: string;
    let status: number;
    let body: unknown;
    try {
      const next = session.nextReplayFile(dir, HTTP_SERVICE, input.method);
      file = next.file;
      status = next.body.status_code;
      body = next.body.data.body;
    } catch (e) {
      if (!(e instanceof MissingFlightFileError)) throw e;
      const outcome: CallOutcome = { ok: false, errorCode: e.code, message: e.message };
      log(e.file, outcome);
      return outcome;
    }
    const outcome = answer(shown, status, typeof body === 'string' ? body : '');
    log(file, outcome);
    return outcome;
  }
  const outcome = await fetchOnce(real, shown, sealed !== undefined);
  if (flight.mode === 'record' && dir !== undefined && session && outcome.output) {
    const { status, body } = outcome.output as { status: number; body: string };
    log(
      session.writeRecordFile(dir, HTTP_SERVICE, input.method, { status_code: status, data: { body } }),
      outcome,
    );
  } else log('', outcome);
  return outcome;
}

function answer(shown: HttpRequestInput, status: number, text: string): CallOutcome {
  const output = { status, body: text.slice(0, 4096) };
  if (status < 400) return { ok: true, output };
  return {
    ok: false,
    errorCode: `HTTP${status}`,
    message: `${shown.method} ${shown.url}: ${status}`,
    output,
  };
}

async function fetchOnce(
  real: HttpRequestInput,
  shown: HttpRequestInput,
  sealed: boolean,
): Promise<CallOutcome> {
  try {
    const res = await fetch(real.url, {
      method: real.method,
      headers: real.headers ?? {},
      ...(real.body !== undefined && { body: real.body }),
    });
    return answer(shown, res.status, await res.text());
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    // fetch's own message ("fetch failed", "Failed to parse URL from ...") may quote the url.
    const why = sealed ? (cause?.code ?? 'the request failed') : (err as Error).message;
    return {
      ok: false,
      errorCode: cause?.code ?? 'HttpError',
      message: `${shown.method} ${shown.url}: ${why}`,
    };
  }
}
