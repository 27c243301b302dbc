/**
 * Cloud Custodian's lambda-edge: the functions CloudFront distributions associate (default and
 * other cache behaviours, the version dropped from each association's ARN), from the
 * aws.distribution listing. Lambda@Edge functions live in us-east-1 only: elsewhere
 * `state: true` matches nothing.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { listRelated, providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:DistributionIds';

type Associations = { LambdaFunctionAssociations?: { Items?: { LambdaFunctionARN?: string }[] } };

/** Unversioned function ARN -> ids of the distributions using it. */
function edgeFunctions(distributions: readonly Resource[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of distributions) {
    const behaviours = [
      d.DefaultCacheBehavior as Associations | undefined,
      ...(((d.CacheBehaviors as { Items?: Associations[] } | undefined)?.Items ?? []) as Associations[]),
    ];
    for (const b of behaviours)
      for (const a of b?.LambdaFunctionAssociations?.Items ?? []) {
        const arn = String(a.LambdaFunctionARN ?? '');
        const unversioned = arn.split(':').slice(0, -1).join(':');
        const ids = out.get(unversioned) ?? new Set<string>();
        ids.add(String(d.Id));
        out.set(unversioned, ids);
      }
  }
  return out;
}

export default defineFilter({
  type: 'lambda-edge',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description:
          'true: functions a CloudFront distribution uses at the edge (their distributions kept in `c7n:DistributionIds`); false or absent: the others.',
      },
    },
  } as const,
  permissions: ['cloudfront:ListDistributions'],
  doc: {
    summary:
      'Functions CloudFront distributions run as Lambda@Edge (`state: true`), or not; from the distributions of the account (ListDistributions). Lambda@Edge functions are in us-east-1 only.',
    example: '- type: lambda-edge\n  state: true',
  },
  reads: () => ['FunctionArn'],
  compile: (opts) => ({
    kind: 'process',
    async process(functions, ctx) {
      const p = providerOf(ctx);
      if (regionOf(ctx, p) !== 'us-east-1' && opts.state) return [];
      const edge = edgeFunctions(await listRelated(ctx, 'aws.distribution'));
      return functions.filter((f) => {
        const ids = edge.get(String(f.FunctionArn));
        if (ids && opts.state) f[ANNOTATION] = [...ids];
        return opts.state ? ids !== undefined : ids === undefined;
      });
    },
  }),
});
