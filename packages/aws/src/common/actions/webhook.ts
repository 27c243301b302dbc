import {
  compileJmespath,
  defineAction,
  jmespathSearch,
  type PlannedCall,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { HTTP_SEALED, HTTP_SERVICE, type SealedRequest, type ShownRequest } from '../../clients/http.js';
import { pyDumps } from '../securityhub/format.js';
import {
  fillUrl,
  placeholder,
  readSecret,
  type SecretRead,
  shownSecret,
  trackedSecret,
  URL_SECRET,
} from './_webhook-secret.js';

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Python's `str()` of a JMESPath result, as urllib3 and urlencode render it. */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return pyDumps(v);
}

/** The url with `query-params` merged into its own query (c7n keeps static ones, last wins). */
function buildUrl(url: string, params: Record<string, string>, data: unknown): string {
  if (Object.keys(params).length === 0) return url;
  const added = Object.entries(params).map(([k, expr]): [string, string] => [
    k,
    pyStr(jmespathSearch(expr, data)),
  ]);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // Only a shown url (`<secret:scanner/api#url>/scan`) fails to parse: a sent one is checked first.
    return `${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams(added).toString()}`;
  }
  const query = new Map<string, string>();
  // parse_qsl drops blank values.
  for (const [k, v] of u.searchParams) if (v !== '') query.set(k, v);
  for (const [k, v] of added) query.set(k, v);
  u.search = new URLSearchParams([...query]).toString();
  return u.toString();
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

interface RequestOptions {
  method?: string;
  body?: string;
  'query-params'?: Record<string, string>;
  headers?: Record<string, string>;
}

/** The request for `url` (its secret parts filled), headers and body by JMESPath over `data`. */
function buildRequest(opts: RequestOptions, url: string, data: Record<string, unknown>): ShownRequest {
  const method = opts.method ?? 'POST';
  const headers: Record<string, string> = {};
  for (const [k, expr] of Object.entries(opts.headers ?? {})) headers[k] = pyStr(jmespathSearch(expr, data));
  const input: ShownRequest = { url: buildUrl(url, opts['query-params'] ?? {}, data), method, headers };
  if (opts.body) {
    input.body = pyDumps(jmespathSearch(opts.body, data), 0);
    headers['Content-Type'] = 'application/json';
  }
  return input;
}

/** What is really sent with the secret's values, or why the request fails unsent. */
function sealedRequest(
  opts: RequestOptions & { url: string },
  secretId: string,
  read: SecretRead,
  data: Record<string, unknown>,
): SealedRequest {
  if (!read.ok) return { failure: { errorCode: read.errorCode, message: read.message } };
  const missing = new Set<string>();
  const notText = new Set<string>();
  const url = fillUrl(opts.url, (key) => {
    const v = Object.hasOwn(read.values, key) ? read.values[key] : undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    (v === undefined ? missing : notText).add(key);
    return '';
  });
  const fail = (errorCode: string, message: string) => ({ failure: { errorCode, message } });
  const keys = (s: Set<string>) => [...s].map((k) => `"${k}"`).join(', ');
  if (notText.size) return fail('SecretNotString', `secret ${secretId}: ${keys(notText)} is not a string`);
  if (!missing.size && !isHttpUrl(url))
    return fail('BadUrl', `the url made with secret ${secretId} is not an absolute http(s) url`);
  let request: ShownRequest | undefined;
  if (!missing.size) {
    try {
      request = buildRequest(opts, url, { ...data, secret: trackedSecret(read.values, missing) });
    } catch (err) {
      // A missing key reads as null, which a function like join() refuses: report the key.
      if (!missing.size) throw err;
    }
  }
  if (!request || missing.size)
    return fail('SecretKeyMissing', `secret ${secretId} has no key ${keys(missing)}, which the webhook uses`);
  return request;
}

export default defineAction({
  type: 'webhook',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['url'],
    properties: {
      url: {
        type: 'string',
        description:
          'Where to send the request (http or https). With `secret`, `{secret.KEY}` is replaced by that key of the secret (`{secret.url}/v1/targets`); variables beside it, such as `{account_id}`, expand as usual.',
      },
      secret: {
        type: 'string',
        minLength: 1,
        description:
          "c7n-ts only (Cloud Custodian has no `secret`): a Secrets Manager secret (name or ARN) whose SecretString is a JSON object, read once per run. Its keys fill `{secret.KEY}` in the url, and JMESPath sees it as `secret` (a header `join(' ', ['Bearer', secret.token])`). Plans, logs and recordings show `<secret:NAME#KEY>`, never the values; a dry run does not read it.",
      },
      method: {
        enum: ['PUT', 'POST', 'GET', 'PATCH', 'DELETE'],
        default: 'POST',
        description: 'HTTP method; default POST.',
      },
      body: {
        type: 'string',
        description:
          'JMESPath over `{resource (or resources), policy, account_id, region, execution_start, event}` (and `secret` with `secret`) whose result is sent as JSON; no body without it.',
      },
      batch: {
        type: 'boolean',
        default: false,
        description:
          'One request per `batch-size` resources (under `resources`) instead of one per resource.',
      },
      'batch-size': {
        type: 'number',
        minimum: 1,
        default: 500,
        description: 'Resources per request with `batch`; default 500.',
      },
      'query-params': {
        type: 'object',
        additionalProperties: { type: 'string', description: 'JMESPath of the parameter value.' },
        description: 'Query parameters added to the url, name to JMESPath (e.g. `resource.InstanceId`).',
      },
      headers: {
        type: 'object',
        additionalProperties: { type: 'string', description: 'JMESPath of the header value.' },
        description: "Request headers, name to JMESPath (a literal value is quoted: `'token'`).",
      },
    },
  } as const,
  reads: () => undefined,
  permissions: (opts) => (opts.secret !== undefined ? ['secretsmanager:GetSecretValue'] : []),
  doc: {
    summary:
      'Send the matched resources to an HTTP endpoint: one request per resource, or per batch with `batch`. Url parameters, headers and the JSON body are JMESPath over the resource and the policy. Nothing is sent under --dryrun; the requests are in the plan. c7n-ts only: `secret: NAME` takes url parts (`{secret.url}`) and header values (`secret.token`) from a Secrets Manager secret holding a JSON object, so no token is in the policy; they show as `<secret:NAME#KEY>` in plans and logs, and a secret that cannot be read, or lacks a key, fails the requests of those resources.',
    example:
      "- type: webhook\n  url: https://hooks.example.com/custodian\n  batch: true\n  body: 'resources[].InstanceId'\n  query-params:\n    policy: policy.name",
  },
  messages: {
    'bad-url': 'the url must be an absolute http(s) url.',
    'bad-jmespath': 'not a valid JMESPath expression.',
    'secret-key': 'a `{secret.KEY}` of the url needs a key name.',
    'no-secret': 'the url names `{secret.KEY}` but the action has no `secret`.',
  },
  check(opts) {
    const problems: Problem[] = [];
    const named = [...opts.url.matchAll(URL_SECRET)].map((m) => m[1] ?? '');
    if (named.length && opts.secret === undefined)
      problems.push({
        messageId: 'no-secret',
        message: `the url names {secret.${named[0]}} but the action has no \`secret\`: it is sent as written.`,
        path: ['url'],
        severity: 'warning',
      });
    if (opts.secret !== undefined && named.some((k) => k.trim() === ''))
      problems.push({
        messageId: 'secret-key',
        message: '`{secret.}` in the url names no key of the secret.',
        path: ['url'],
      });
    // With the scheme and host from the secret, the url is checked when the secret is read.
    const fromSecret = opts.secret !== undefined && /^\{secret\./.test(opts.url);
    const url = opts.secret !== undefined ? fillUrl(opts.url, () => 'x') : opts.url;
    // Cloud Custodian accepts any string and fails when it sends; warn before that.
    if (!fromSecret && !isHttpUrl(url))
      problems.push({
        messageId: 'bad-url',
        message: `"${opts.url}" is not an absolute http(s) url; the requests will fail.`,
        path: ['url'],
        severity: 'warning',
      });
    const exprs: [string[], string][] = [
      ...(opts.body !== undefined ? [[['body'], opts.body] as [string[], string]] : []),
      ...Object.entries(opts['query-params'] ?? {}).map(
        ([k, v]) => [['query-params', k], v] as [string[], string],
      ),
      ...Object.entries(opts.headers ?? {}).map(([k, v]) => [['headers', k], v] as [string[], string]),
    ];
    for (const [path, expr] of exprs) {
      try {
        compileJmespath(expr);
      } catch (e) {
        problems.push({
          messageId: 'bad-jmespath',
          message: `not a valid JMESPath expression: ${(e as Error).message}`,
          path,
        });
      }
    }
    return problems;
  },
  async plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const method = opts.method ?? 'POST';
    const base: Record<string, unknown> = {
      account_id: ctx.accountId ?? null,
      region: ctx.region ?? null,
      execution_start: ctx.executionStart !== undefined ? ctx.executionStart / 1000 : null,
      policy: ctx.policy,
      event: ctx.event ?? null,
    };
    const secretId = opts.secret;
    // A dry run shows the requests without reading the secret.
    const read = secretId !== undefined && !ctx.dryrun ? await readSecret(ctx, secretId) : undefined;
    const request = (data: Record<string, unknown>, group: readonly Resource[]): PlannedCall => {
      const input =
        secretId === undefined
          ? buildRequest(opts, opts.url, data)
          : buildRequest(
              opts,
              fillUrl(opts.url, (key) => placeholder(secretId, key)),
              { ...data, secret: shownSecret(secretId) },
            );
      if (secretId !== undefined && read) input[HTTP_SEALED] = sealedRequest(opts, secretId, read, data);
      const ids = group.map((r) => String(r[rt.id]));
      return {
        service: HTTP_SERVICE,
        operation: method,
        input: input as unknown as Record<string, unknown>,
        resourceIds: ids,
        describe: `${method} ${input.url} for ${ids.length === 1 ? ids[0] : `${ids.length} resources`}`,
      };
    };
    if (opts.batch)
      return chunk(resources, Math.floor(opts['batch-size'] ?? 500)).map((group) =>
        request({ ...base, resources: group }, group),
      );
    return resources.map((r) => request({ ...base, resource: r }, [r]));
  },
});
