/**
 * Opening an AWS provider over SDK clients (live, record or replay). It imports no registry:
 * whoever opens a provider hands it the registry it composed (the CLI's whole one, a Lambda
 * function's own).
 */
import type { CallOutcome, FetchRequest, PlannedCall, Resource, ResourceTypeDecl, Scope } from '@c7n-ts/core';
import type { AwsProvider, AwsProviderOptions } from './aws-provider.js';
import { HTTP_SERVICE, type ShownRequest, sendHttp } from './clients/http.js';
import { createClients } from './clients/index.js';
import { errorCode } from './query/errors.js';
import { fetchResourcePages, fetchResources, selectDetails } from './query/index.js';
import type { AwsResourceType } from './resources/types.js';

export async function openAwsProvider(options: AwsProviderOptions): Promise<AwsProvider> {
  const registry = options.registry;
  const first = options.regions.find((r) => r !== 'all') ?? process.env.AWS_REGION ?? 'us-east-1';
  let clients = createClients({ ...options, regions: [first] });
  let regions = options.regions;
  if (regions.includes('all')) {
    const out = await clients.send('ec2', 'DescribeRegions', {});
    regions = ((out.Regions as { RegionName?: string }[]) ?? []).flatMap((r) => r.RegionName ?? []).sort();
    clients = createClients({ ...options, regions, session: clients.session });
  }
  const accountId = options.accountId ?? (await clients.accountId());
  const related = new Map<string, Promise<Resource[]>>();
  const fetchOptions = (req: FetchRequest) => ({
    clients,
    region: req.scope.region,
    needs: req.needs,
    ids: req.ids,
    query: req.query,
    mode: req.mode,
    ...(req.source && { source: req.source }),
    onProgress: req.onProgress,
  });

  const provider: AwsProvider = {
    name: 'aws',
    registry,
    accountId,
    regions,
    clients,
    fetch(rt: ResourceTypeDecl, req: FetchRequest) {
      return fetchResources(rt as AwsResourceType, fetchOptions(req));
    },
    fetchPages(rt: ResourceTypeDecl, req: FetchRequest) {
      return fetchResourcePages(rt as AwsResourceType, fetchOptions(req));
    },
    fetchKey(rt, req) {
      if (req.source === 'config') return 'config';
      // Only detail calls depend on what a policy reads; the listing and tags do not.
      const details = selectDetails((rt as AwsResourceType).source, req.needs, req.query);
      return details.map((d) => d.operation).join(',');
    },
    send(service, operation, input, region) {
      return clients.send(service, operation, input, region);
    },
    async call(call: PlannedCall, scope: Scope): Promise<CallOutcome> {
      if (call.service === HTTP_SERVICE)
        return sendHttp(call.input as unknown as ShownRequest, {
          mode: clients.mode,
          dir: options.replay ?? options.record,
          session: clients.session,
        });
      try {
        // A resource in another region than the policy's (an S3 bucket) is called there.
        const output = await clients.send(
          call.service,
          call.operation,
          call.input,
          call.region ?? scope.region,
        );
        return { ok: true, output };
      } catch (err) {
        return { ok: false, errorCode: errorCode(err) ?? 'Error', message: (err as Error).message };
      }
    },
    read(service, operation, input, scope) {
      return clients.send(service, operation, input, scope.region);
    },
    related(type, region, ids) {
      const rt = registry.resource(type);
      if (!rt) throw new Error(`unknown resource type ${type}`);
      if (ids) return fetchResources(rt as AwsResourceType, { clients, region, ids });
      const key = `${rt.type}|${region}`;
      let p = related.get(key);
      if (!p) {
        p = fetchResources(rt as AwsResourceType, { clients, region });
        related.set(key, p);
      }
      return p;
    },
    async readSource(url: string, headers?: Readonly<Record<string, string>>) {
      if (/^https?:\/\//i.test(url)) return readHttp(url, headers);
      const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(url);
      if (!m)
        throw new Error(`cannot read ${url}: only s3://, http(s):// URLs and local files are supported`);
      const out = await clients.send('s3', 'GetObject', { Bucket: m[1], Key: m[2] });
      const body = out.Body as { transformToString(): Promise<string> } | undefined;
      return body ? body.transformToString() : '';
    },
    apiStats() {
      const stats: Record<string, number> = {};
      for (const c of clients.session.calls) {
        const k = `${c.service}.${c.operation}`;
        stats[k] = (stats[k] ?? 0) + 1;
      }
      return stats;
    },
  };
  return provider;
}

/** Longest a value_from/template download may take, and the most it may hold. */
const HTTP_TIMEOUT_MS = 30_000;
const HTTP_MAX_BYTES = 50 * 1024 * 1024;

/** A GET as Cloud Custodian's URL resolver makes it (gzip answers are decoded by fetch). */
async function readHttp(url: string, headers?: Readonly<Record<string, string>>): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { ...headers }, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why =
      e.name === 'TimeoutError'
        ? `no answer in ${HTTP_TIMEOUT_MS / 1000} s`
        : (e.cause?.message ?? e.message);
    throw new Error(`cannot read ${url}: ${why}`);
  }
  if (!res.ok) throw new Error(`cannot read ${url}: HTTP ${res.status} ${res.statusText}`.trimEnd());
  const size = Number(res.headers.get('content-length') ?? 0);
  if (size > HTTP_MAX_BYTES)
    throw new Error(`cannot read ${url}: ${size} bytes is more than ${HTTP_MAX_BYTES}`);
  return res.text();
}
