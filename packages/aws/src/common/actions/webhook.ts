import {
  compileJmespath,
  defineAction,
  jmespathSearch,
  type PlannedCall,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { HTTP_SERVICE, type HttpRequestInput } from '../../clients/http.js';
import { pyDumps } from '../securityhub/format.js';

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
  const u = new URL(url);
  const query = new Map<string, string>();
  // parse_qsl drops blank values.
  for (const [k, v] of u.searchParams) if (v !== '') query.set(k, v);
  for (const [k, expr] of Object.entries(params)) query.set(k, pyStr(jmespathSearch(expr, data)));
  u.search = new URLSearchParams([...query]).toString();
  return u.toString();
}

export default defineAction({
  type: 'webhook',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['url'],
    properties: {
      url: { type: 'string', description: 'Where to send the request (http or https).' },
      method: {
        enum: ['PUT', 'POST', 'GET', 'PATCH', 'DELETE'],
        default: 'POST',
        description: 'HTTP method; default POST.',
      },
      body: {
        type: 'string',
        description:
          'JMESPath over `{resource (or resources), policy, account_id, region, execution_start, event}` whose result is sent as JSON; no body without it.',
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
  permissions: [],
  doc: {
    summary:
      'Send the matched resources to an HTTP endpoint: one request per resource, or per batch with `batch`. Url parameters, headers and the JSON body are JMESPath over the resource and the policy. Nothing is sent under --dryrun; the requests are in the plan.',
    example:
      "- type: webhook\n  url: https://hooks.example.com/custodian\n  batch: true\n  body: 'resources[].InstanceId'\n  query-params:\n    policy: policy.name",
  },
  messages: {
    'bad-url': 'the url must be an absolute http(s) url.',
    'bad-jmespath': 'not a valid JMESPath expression.',
  },
  check(opts) {
    const problems: Problem[] = [];
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(opts.url).protocol);
    } catch {}
    // Cloud Custodian accepts any string and fails when it sends; warn before that.
    if (!ok)
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
  plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const method = opts.method ?? 'POST';
    const base: Record<string, unknown> = {
      account_id: ctx.accountId ?? null,
      region: ctx.region ?? null,
      execution_start: ctx.executionStart !== undefined ? ctx.executionStart / 1000 : null,
      policy: ctx.policy,
      event: ctx.event ?? null,
    };
    const request = (data: Record<string, unknown>, group: readonly Resource[]): PlannedCall => {
      const url = buildUrl(opts.url, opts['query-params'] ?? {}, data);
      const headers: Record<string, string> = {};
      for (const [k, expr] of Object.entries(opts.headers ?? {}))
        headers[k] = pyStr(jmespathSearch(expr, data));
      const input: HttpRequestInput = { url, method, headers };
      if (opts.body) {
        input.body = pyDumps(jmespathSearch(opts.body, data), 0);
        headers['Content-Type'] = 'application/json';
      }
      const ids = group.map((r) => String(r[rt.id]));
      return {
        service: HTTP_SERVICE,
        operation: method,
        input: input as unknown as Record<string, unknown>,
        resourceIds: ids,
        describe: `${method} ${url} for ${ids.length === 1 ? ids[0] : `${ids.length} resources`}`,
      };
    };
    if (opts.batch)
      return chunk(resources, Math.floor(opts['batch-size'] ?? 500)).map((group) =>
        request({ ...base, resources: group }, group),
      );
    return resources.map((r) => request({ ...base, resource: r }, [r]));
  },
});
