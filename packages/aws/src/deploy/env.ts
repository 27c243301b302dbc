/** What the deploy, remove and prune routines need from the provider, and their shared helpers. */
import { errorCode } from '../query/errors.js';

export type Send = (
  service: string,
  operation: string,
  input: Record<string, unknown>,
  region: string,
) => Promise<Record<string, unknown>>;

export interface DeployEnv {
  /** `AwsProvider.send`: every call goes through the provider's clients (and record/replay). */
  send: Send;
  region: string;
  accountId: string;
  /** Pause between polls of a function whose update is in progress (ms); 0 under replay. */
  pollMs?: number;
  /** Polls before giving up on a function that stays InProgress. */
  maxPolls?: number;
  /** A preview: read what exists and say what would change, with no mutating call. */
  dryrun?: boolean;
}

/** The output of `send`, or undefined when AWS answers that the thing does not exist. */
export async function unlessNotFound(
  call: Promise<Record<string, unknown>>,
): Promise<Record<string, unknown> | undefined> {
  try {
    return await call;
  } catch (err) {
    if (errorCode(err) === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

/** `service Operation failed: Code: message`, for results users read. */
export function describeError(err: unknown): string {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `[{Key, Value}]` (EventBridge, tagging API) as a map. */
export function tagMap(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of (list as { Key?: string; Value?: string }[] | undefined) ?? [])
    if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}
