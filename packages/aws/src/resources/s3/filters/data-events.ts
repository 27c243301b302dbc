import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/**
 * Bucket name -> trail, from the data event selectors of the account's trails. A selector on
 * every bucket (`arn:aws:s3`) is listed under ''. As in Cloud Custodian, a value is cut to what
 * follows its last `:` with slashes trimmed, so a prefix selector (`bucket/logs/`) names no bucket.
 */
export function eventBuckets(selectorsByTrail: readonly (readonly [string, unknown])[]): Map<string, string> {
  const buckets = new Map<string, string>();
  for (const [trail, out] of selectorsByTrail)
    for (const selector of list((out as Json | undefined)?.EventSelectors))
      for (const data of list(selector.DataResources)) {
        if (data.Type !== 'AWS::S3::Object') continue;
        for (const value of Array.isArray(data.Values) ? data.Values : [])
          buckets.set(
            String(value)
              .split(':')
              .at(-1)!
              .replace(/^\/+|\/+$/g, ''),
            trail,
          );
      }
  return buckets;
}

export default defineFilter({
  type: 'data-events',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        enum: ['present', 'absent'],
        default: 'present',
        description: '`present`: buckets whose object data events a trail logs; `absent`: the others.',
      },
    },
  } as const,
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetEventSelectors'],
  doc: {
    summary:
      "Buckets whose object-level (data) events CloudTrail logs, or not: the account's own trails (DescribeTrails) and their event selectors (GetEventSelectors in each trail's home region), as Cloud Custodian's data-events. A selector on all buckets covers every bucket; advanced event selectors are not read.",
    example: '- type: data-events\n  state: absent',
  },
  reads: () => [],
  compile(opts) {
    return {
      kind: 'process',
      async process(buckets, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out = (await p.send('cloudtrail', 'DescribeTrails', {}, region)) as Json;
        // Trails of other accounts (organization trails) are not this account's to read.
        const local = list(out.trailList).filter(
          (t) => !ectx.accountId || String(t.TrailARN ?? '').split(':')[4] === ectx.accountId,
        );
        const selectors: (readonly [string, unknown])[] = [];
        for (const t of local) {
          const name = String(t.Name);
          const home = typeof t.HomeRegion === 'string' ? t.HomeRegion : region;
          selectors.push([name, await p.send('cloudtrail', 'GetEventSelectors', { TrailName: name }, home)]);
        }
        const logged = eventBuckets(selectors);
        const covered = (name: unknown) => logged.has('') || logged.has(String(name));
        return buckets.filter((b) => covered(b.Name) === ((opts.state ?? 'present') === 'present'));
      },
    };
  },
});
