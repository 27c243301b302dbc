/**
 * Cloud Custodian's cache-cluster `upgrade-available`: the region's available service updates
 * (DescribeServiceUpdates) against each cluster's engine version. As there, `value: false` does
 * not invert the filter: it only stops an update of the cluster's own version from counting.
 */
import { defineFilter, processValueType, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

type Version = { pyCmp(o: unknown): number; pyEq(o: unknown): boolean; parts: (number | string)[] };

/** c7n's ComparableVersion (distutils LooseVersion). */
const version = (v: string) => processValueType('version', v, '', { now: 0, resource: null })[0] as Version;

/** `redis-7.0` -> [redis, 7.0]; `redis-6.2.6 and onwards` -> [redis, 6.2.6] (c7n's _parse_engine_version). */
export function parseEngineVersion(v: unknown): [string, string] | undefined {
  if (typeof v !== 'string' || !v.includes('-')) return undefined;
  const s = v.replace('and onwards', '').trim();
  const at = s.indexOf('-');
  return [s.slice(0, at).toLowerCase(), s.slice(at + 1)];
}

/** -1, 0, 1; undefined when Python could not order them (c7n then fails; here: no match). */
function cmp(a: Version, b: Version): number | undefined {
  try {
    return a.pyEq(b) ? 0 : a.pyCmp(b);
  } catch {
    return undefined;
  }
}

export default defineFilter({
  type: 'upgrade-available',
  resources: ['aws.cache-cluster'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      major: {
        type: 'boolean',
        description: 'Count updates to a higher major version too. Default false.',
      },
      value: {
        type: 'boolean',
        description:
          "Count an update of the cluster's own version (default true). As in Cloud Custodian, false does not invert the filter.",
      },
    },
  } as const,
  permissions: ['elasticache:DescribeServiceUpdates'],
  doc: {
    summary:
      'Clusters for which an available ElastiCache service update (DescribeServiceUpdates, status available, every page) of their engine has their version or a higher one of the same major version (any major with `major: true`), as Cloud Custodian compares them.',
    example: '- type: upgrade-available\n  major: false',
  },
  reads: () => ['Engine', 'EngineVersion'],
  compile: (opts) => ({
    kind: 'process',
    async process(clusters, ectx) {
      const p = awsProvider(ectx);
      const region = regionOf(ectx, p);
      // engine -> versions offered
      const upgrades = new Map<string, Map<string, Version>>();
      let marker: string | undefined;
      do {
        const page = await p.send(
          'elasticache',
          'DescribeServiceUpdates',
          { ServiceUpdateStatus: ['available'], ...(marker && { Marker: marker }) },
          region,
        );
        for (const u of (page.ServiceUpdates ?? []) as Resource[]) {
          const engine = String(u.Engine ?? '').toLowerCase();
          const parsed = parseEngineVersion(u.EngineVersion);
          if (!engine || !parsed?.[1]) continue;
          const byVersion = upgrades.get(engine) ?? new Map<string, Version>();
          upgrades.set(engine, byVersion);
          if (!byVersion.has(parsed[1])) byVersion.set(parsed[1], version(parsed[1]));
        }
        marker = typeof page.Marker === 'string' && page.Marker ? page.Marker : undefined;
      } while (marker);
      const major = opts.major ?? false;
      const extant = opts.value ?? true;
      return clusters.filter((c) => {
        const current = version(String(c.EngineVersion ?? ''));
        for (const u of upgrades.get(String(c.Engine ?? '').toLowerCase())?.values() ?? []) {
          const order = cmp(u, current);
          if (order === undefined || order < 0) continue;
          if (order === 0) {
            if (extant) return true;
            continue;
          }
          if (u.parts[0] === current.parts[0] || major) return true;
        }
        return false;
      });
    },
  }),
});
