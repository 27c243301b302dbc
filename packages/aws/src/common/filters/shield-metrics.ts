/**
 * Cloud Custodian's ShieldMetrics: the `metrics` filter over Shield Advanced's DDoS metrics,
 * published in `AWS/DDoSProtection` per protected resource ARN (c7n registers it for
 * CloudFront distributions and classic load balancers).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { arnNeedsAccount, arnOf } from '../../query/arn.js';
import type { AwsSource } from '../../resources/types.js';
import { providerOf, regionOf } from './fetch-related.js';
import metrics from './metrics.js';

const NAMESPACE = 'AWS/DDoSProtection';
/** The ARN handed to the metrics filter as the resource's dimension value, on a copy. */
const ARN_KEY = 'c7n:shield-metrics-arn';

const { namespace: _namespace, name: _name, ...metricOptions } = metrics.options.properties;

export default defineFilter({
  type: 'shield-metrics',
  resources: ['aws.distribution', 'aws.elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'value'],
    properties: {
      name: {
        enum: ['DDoSAttackBitsPerSecond', 'DDoSAttackRequestsPerSecond', 'DDoSDetected'],
        description: 'Shield Advanced metric (namespace `AWS/DDoSProtection`).',
      },
      // c7n's schema accepts a namespace and then replaces it with AWS/DDoSProtection.
      namespace: {
        type: 'string',
        description: 'Accepted as in Cloud Custodian, and ignored: the namespace is `AWS/DDoSProtection`.',
      },
      ...metricOptions,
    },
  } as const,
  permissions: ['cloudwatch:GetMetricStatistics'],
  doc: {
    summary:
      "Resources whose Shield Advanced DDoS metric meets a condition on every datapoint of the last `days`: the `metrics` filter with namespace `AWS/DDoSProtection` and the resource's ARN as its `ResourceArn` dimension.",
    example: '- type: shield-metrics\n  name: DDoSDetected\n  value: 1\n  op: ge',
  },
  messages: metrics.messages ?? {},
  check: (opts, ctx) => metrics.check?.({ ...opts, namespace: NAMESPACE } as never, ctx) ?? [],
  reads: (_opts, rt) => {
    const arn = (rt.source as AwsSource).arn;
    return ['field' in arn ? arn.field : arn.idField];
  },
  compile(opts, cctx) {
    const rt = cctx.resourceType;
    const source = rt.source as AwsSource;
    const inner = metrics.compile({ ...opts, namespace: NAMESPACE } as never, {
      ...cctx,
      resourceType: {
        ...rt,
        source: { ...source, metrics: { namespace: NAMESPACE, dimension: 'ResourceArn', field: ARN_KEY } },
      },
    });
    if (inner.kind !== 'process') throw new Error('metrics compiles to a process filter');
    return {
      kind: 'process',
      async process(resources, ctx) {
        const p = providerOf(ctx);
        const arnCtx = { region: regionOf(ctx, p), accountId: arnNeedsAccount(source) ? p.accountId : '' };
        const copies: Resource[] = resources.map((r) => ({ ...r, [ARN_KEY]: arnOf(source, r, arnCtx) }));
        const hits = new Set(await inner.process(copies, ctx));
        return resources.filter((r, i) => {
          const copy = copies[i] as Resource;
          if ('c7n.metrics' in copy) r['c7n.metrics'] = copy['c7n.metrics'];
          return hits.has(copy);
        });
      },
    };
  },
});
