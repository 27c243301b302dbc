import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:AvailableUpgrades';

/** `1.30` -> [1, 30], as c7n's ComparableVersion reads the parts it compares. */
const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);

export default defineFilter({
  type: 'upgrade-available',
  resources: ['aws.eks'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      major: { type: 'boolean', description: 'Count upgrades to a newer major version too; default false.' },
      value: {
        type: 'boolean',
        description: 'true (the default): clusters with an upgrade available; false: clusters without one.',
      },
    },
  } as const,
  permissions: ['eks:DescribeClusterVersions'],
  doc: {
    summary:
      'Clusters by whether a newer Kubernetes minor version is available: every page of DescribeClusterVersions (includeAll) once, the newer versions a cluster could move to kept in `c7n:AvailableUpgrades`.',
    example: '- type: upgrade-available\n  major: false',
  },
  reads: () => ['version'],
  compile(opts) {
    const major = opts.major ?? false;
    const wanted = opts.value ?? true;
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const versions: string[] = [];
        let token: unknown;
        do {
          const page = await p.send(
            'eks',
            'DescribeClusterVersions',
            { includeAll: true, ...(token ? { nextToken: token } : {}) },
            region,
          );
          for (const v of (page.clusterVersions ?? []) as { clusterVersion?: string }[])
            if (v.clusterVersion) versions.push(v.clusterVersion);
          token = page.nextToken || undefined;
        } while (token);
        // As c7n: sorted as text, and each version's candidates are the ones after it.
        versions.sort();
        const out: Resource[] = [];
        for (const r of resources) {
          const raw = typeof r.version === 'string' ? r.version : '';
          if (!raw) continue;
          let matches: string[] = [];
          const at = versions.indexOf(raw);
          if (at >= 0) {
            const [cMajor = 0, cMinor = 0] = parts(raw);
            matches = versions.slice(at + 1).filter((t) => {
              const [tMajor = 0, tMinor = 0] = parts(t);
              return !(tMajor > cMajor && !major) && tMinor > cMinor;
            });
            r[ANNOTATION] = [...matches].sort();
          }
          if (matches.length > 0 === wanted) out.push(r);
        }
        return out;
      },
    };
  },
});
