/**
 * Planned calls that leave AWS: an HTTP request (the `webhook` action). They go through the
 * executor like any other call (per-resource outcomes, nothing sent under --dryrun); the AWS
 * provider hands calls of this service here instead of to an SDK client.
 */
import type { CallOutcome } from '@c7n-ts/core';

/** `service` of a planned HTTP request; `operation` is its method. */
export const HTTP_SERVICE = 'http';

export interface HttpRequestInput {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request. Any answer below 400 is success; others fail as `HTTP<status>`. */
export async function sendHttp(input: HttpRequestInput): Promise<CallOutcome> {
  try {
    const res = await fetch(input.url, {
      method: input.method,
      headers: input.headers ?? {},
      ...(input.body !== undefined && { body: input.body }),
    });
    const text = await res.text();
    const output = { status: res.status, body: text.slice(0, 4096) };
    if (res.status < 400) return { ok: true, output };
    return {
      ok: false,
      errorCode: `HTTP${res.status}`,
      message: `${input.method} ${input.url}: ${res.status}`,
      output,
    };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return {
      ok: false,
      errorCode: cause?.code ?? 'HttpError',
      message: `${input.method} ${input.url}: ${(err as Error).message}`,
    };
  }
}
