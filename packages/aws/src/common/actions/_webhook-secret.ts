/**
 * The webhook's `secret` (a c7n-ts extension): the url and headers of a scanner's or chat
 * tool's API take values from a Secrets Manager secret whose SecretString is a JSON object,
 * so the token is never in the policy file. Requests are built twice from the same options:
 * once with placeholders (`<secret:scanner/api#token>`), which is all a plan, a log or the
 * flight log ever shows, and once with the values, which only the HTTP sender reads.
 */
import { type ActionContext, parseJsonData } from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';

/** `{secret.KEY}` in the url. */
export const URL_SECRET = /\{secret\.([^{}]*)\}/g;

/** What a run learned of one secret: its keys and values, or why the requests cannot be made. */
export type SecretRead =
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; errorCode: string; message: string };

export const placeholder = (secretId: string, key: string) => `<secret:${secretId}#${key}>`;

/**
 * The secret as plans show it: any key reads as its placeholder. Field access in JMESPath is
 * own-members-only (hasOwn, then get), so both traps answer; it lists no keys.
 */
export function shownSecret(secretId: string): Record<string, unknown> {
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_t, k) => (typeof k === 'string' ? placeholder(secretId, k) : undefined),
    getOwnPropertyDescriptor: (_t, k) =>
      typeof k === 'string'
        ? { value: placeholder(secretId, k), writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}

/** The secret's values, noting each key an expression asks for that the secret lacks. */
export function trackedSecret(
  values: Record<string, unknown>,
  missing: Set<string>,
): Record<string, unknown> {
  return new Proxy(values, {
    getOwnPropertyDescriptor(t, k) {
      const d = Reflect.getOwnPropertyDescriptor(t, k);
      if (!d && typeof k === 'string') missing.add(k);
      return d;
    },
  });
}

/** The url with each `{secret.KEY}` replaced by `value(KEY)`. */
export const fillUrl = (url: string, value: (key: string) => string) =>
  url.replace(URL_SECRET, (_m, key: string) => value(key));

/** The region of a secret given by ARN, when it is not the policy's. */
function regionOf(secretId: string): string | undefined {
  return /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):/.exec(secretId)?.[1];
}

// One GetSecretValue per secret and region for a run. A warm Lambda function keeps its provider
// across invocations: a later invocation (another start time) reads again, so a rotated token
// is seen.
const runs = new WeakMap<object, { start: number | undefined; reads: Map<string, Promise<SecretRead>> }>();

export function readSecret(ctx: ActionContext, secretId: string): Promise<SecretRead> {
  const region = regionOf(secretId);
  const key = `${region ?? ctx.region ?? ''}|${secretId}`;
  const provider = typeof ctx.provider === 'object' && ctx.provider !== null ? ctx.provider : undefined;
  let run = provider && runs.get(provider);
  if (provider && (!run || run.start !== ctx.executionStart)) {
    run = { start: ctx.executionStart, reads: new Map() };
    runs.set(provider, run);
  }
  let p = run?.reads.get(key);
  if (!p) {
    p = fetchSecret(ctx, secretId, region);
    run?.reads.set(key, p);
  }
  return p;
}

async function fetchSecret(ctx: ActionContext, secretId: string, region?: string): Promise<SecretRead> {
  if (!ctx.read) throw new Error('webhook needs a reader for secretsmanager GetSecretValue');
  let out: { SecretString?: unknown };
  try {
    out = (await ctx.read('secretsmanager', 'GetSecretValue', { SecretId: secretId }, region)) as {
      SecretString?: unknown;
    };
  } catch (err) {
    // An AWS answer (not found, denied, KMS) fails the requests; anything else fails the policy.
    const code = errorCode(err);
    if (code === undefined) throw err;
    return { ok: false, errorCode: 'SecretUnavailable', message: `cannot read secret ${secretId}: ${code}` };
  }
  const notObject = {
    ok: false,
    errorCode: 'SecretNotJson',
    message: `secret ${secretId} is not a JSON object in its SecretString; the webhook needs its keys`,
  } as const;
  if (typeof out.SecretString !== 'string') return notObject;
  let values: unknown;
  try {
    values = parseJsonData(out.SecretString);
  } catch {
    return notObject;
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return notObject;
  return { ok: true, values: values as Record<string, unknown> };
}
