import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:AvailableUpgrades';

/** `Elasticsearch_7.4` -> [Elasticsearch, 7.4]; a bare `7.4` is Elasticsearch's (c7n's parse_es_version). */
function parseVersion(version: unknown): [string, string] | undefined {
  if (typeof version !== 'string' || !version) return undefined;
  const at = version.indexOf('_');
  if (at < 0) return /^\d/.test(version) ? ['Elasticsearch', version] : undefined;
  return [version.slice(0, at), version.slice(at + 1)];
}

/** A version's parts as Cloud Custodian's ComparableVersion (LooseVersion) splits them. */
const parts = (v: string): (number | string)[] =>
  (v.match(/\d+|[a-z]+/gi) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p));

interface Target {
  engine: string;
  version: string;
  original: string;
}

export default defineFilter({
  type: 'upgrade-available',
  resources: ['aws.elasticsearch'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      major: {
        type: 'boolean',
        description:
          'Count major upgrades too: a higher major version, or another engine (Elasticsearch to OpenSearch). Default false.',
      },
      value: {
        type: 'boolean',
        description: 'true (default): domains with an upgrade available; false: domains without one.',
      },
    },
  } as const,
  permissions: ['es:GetCompatibleVersions'],
  doc: {
    summary:
      'Domains with (or, `value: false`, without) a compatible upgrade of their version: one GetCompatibleElasticsearchVersions for the account, matched by engine and major.minor version, as Cloud Custodian does. The upgrades found are kept, sorted, in `c7n:AvailableUpgrades`.',
    example: '- type: upgrade-available\n  major: false',
  },
  reads: () => ['ElasticsearchVersion'],
  compile: (opts) => ({
    kind: 'process',
    async process(domains, ectx) {
      const p = providerOf(ectx);
      const region = regionOf(ectx, p);
      let listed: Record<string, unknown>[] = [];
      try {
        const out = await p.send('es', 'GetCompatibleElasticsearchVersions', {}, region);
        listed = (out.CompatibleElasticsearchVersions ?? []) as Record<string, unknown>[];
      } catch (e) {
        if (errorCode(e) !== 'ResourceNotFoundException') throw e;
      }
      // engine (lower case) -> source version -> its targets
      const upgrades = new Map<string, Map<string, Target[]>>();
      for (const entry of listed) {
        const source = parseVersion(entry.SourceVersion);
        if (!source) continue;
        const engine = source[0].toLowerCase();
        const byVersion = upgrades.get(engine) ?? new Map<string, Target[]>();
        upgrades.set(engine, byVersion);
        const targets = byVersion.get(source[1]) ?? [];
        byVersion.set(source[1], targets);
        for (const t of (entry.TargetVersions ?? []) as string[]) {
          const target = parseVersion(t);
          if (target) targets.push({ engine: target[0], version: target[1], original: t });
        }
      }
      const major = opts.major ?? false;
      const out: Resource[] = [];
      for (const d of domains) {
        const current = parseVersion(d.ElasticsearchVersion);
        const matches: string[] = [];
        if (current) {
          const cv = parts(current[1]);
          for (const [sourceVersion, targets] of upgrades.get(current[0].toLowerCase()) ?? []) {
            const sv = parts(sourceVersion);
            // Same major, then same minor.
            if (sv[0] !== cv[0] || sv.length < 2 || cv.length < 2 || sv[1] !== cv[1]) continue;
            for (const t of targets) {
              const sameEngine = t.engine.toLowerCase() === current[0].toLowerCase();
              if (!sameEngine && !major) continue;
              const tv = parts(t.version);
              if (sameEngine && !major && (tv[0] as number) > (sv[0] as number)) continue;
              matches.push(t.original);
            }
          }
        }
        d[ANNOTATION] = [...matches].sort();
        if ((opts.value ?? true) === matches.length > 0) out.push(d);
      }
      return out;
    },
  }),
});
