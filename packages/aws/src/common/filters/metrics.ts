import { type CompileContext, compare, comparisonOp, defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { isServiceError } from '../../query/errors.js';
import { mapLimit } from '../../query/pool.js';
import type { AwsSource, MetricsSpec } from '../../resources/types.js';
import { regionOf } from './fetch-related.js';

const ANNOTATION = 'c7n.metrics';
const DAY_MS = 86_400_000;
const STANDARD_STATS = new Set(['Average', 'Sum', 'Maximum', 'Minimum', 'SampleCount']);
// Percentiles such as p90 or p99.9, as Cloud Custodian accepts them.
const EXTENDED_STAT = /^p\d{1,3}\.?\d?$/;
// Cloud Custodian queries 50 resources per worker, three workers at a time.
const CHUNK = 50;

interface Opts {
  name: string;
  value: number;
  namespace?: string;
  dimensions?: Record<string, string>;
  statistics?: string;
  days?: number;
  'period-start'?: 'auto' | 'start-of-day';
  op?: string;
  period?: number;
  'attr-multiplier'?: number;
  'percent-attr'?: string;
  'missing-value'?: number;
}

type Datapoint = Record<string, unknown>;

/** A datapoint or resource lacks what the comparison needs: c7n's KeyError, which drops the chunk. */
class MissingData extends Error {}

function specOf(rt: CompileContext['resourceType']): MetricsSpec | undefined {
  return (rt.source as AwsSource | undefined)?.metrics;
}

/**
 * c7n's window: the end aligned up to the next second, minute, five minutes or hour (by how
 * far back CloudWatch keeps that resolution), the start `days` before it; `start-of-day`
 * moves both back to 00:00 UTC.
 */
export function metricWindow(days: number, now: number, periodStart: string): { start: number; end: number } {
  const duration = Math.round(days * DAY_MS);
  const step =
    duration <= DAY_MS / 8
      ? 1000
      : duration <= 15 * DAY_MS
        ? 60_000
        : duration <= 63 * DAY_MS
          ? 300_000
          : 3_600_000;
  let end = Math.floor(now / step) * step + step;
  let start = end - duration;
  if (periodStart === 'start-of-day') {
    start = Math.floor(start / DAY_MS) * DAY_MS;
    end = Math.floor(end / DAY_MS) * DAY_MS;
  }
  return { start, end };
}

function statOf(dp: Datapoint, stat: string, unwrapExtended: boolean): unknown {
  const ext = dp.ExtendedStatistics as Datapoint | undefined;
  const holder = unwrapExtended && ext !== undefined ? ext : dp;
  if (!(stat in holder)) throw new MissingData(`datapoint has no ${stat}`);
  return holder[stat];
}

export default defineFilter({
  type: 'metrics',
  resources: { trait: 'cloudwatch-metrics', has: (rt) => specOf(rt) !== undefined },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'value'],
    properties: {
      name: { type: 'string', description: 'Metric name, e.g. `CPUUtilization`.' },
      value: { type: 'number', description: 'Every datapoint is compared with this value.' },
      namespace: {
        type: 'string',
        description: "CloudWatch namespace; defaults to the resource type's (`AWS/EC2`, `AWS/EBS`...).",
      },
      dimensions: {
        type: 'object',
        patternProperties: { '^.*$': { type: 'string' } },
        description: "Dimensions added to the resource's own, as `name: value`.",
      },
      statistics: {
        type: 'string',
        default: 'Average',
        description: 'Statistic: Average, Sum, Maximum, Minimum, SampleCount, or a percentile such as p99.',
      },
      days: {
        type: 'number',
        default: 14,
        description: 'How many days back the window reaches (fractions allowed, at most 455).',
      },
      'period-start': {
        enum: ['auto', 'start-of-day'],
        default: 'auto',
        description: '`auto`: the window ends now; `start-of-day`: it is aligned to whole UTC days.',
      },
      op: { ...comparisonOp, default: 'less-than' },
      period: {
        type: 'number',
        description: 'Seconds per datapoint; defaults to the whole window (one datapoint).',
      },
      'percent-attr': {
        type: 'string',
        description:
          'Compare each datapoint as a percentage of this resource field (EBS `Iops`) instead of as is.',
      },
      'attr-multiplier': {
        type: 'number',
        description: 'Multiplies the `percent-attr` field before the percentage is taken.',
      },
      'missing-value': {
        type: 'number',
        description:
          'Value assumed when CloudWatch has no datapoints; without it such resources do not match.',
      },
    },
  } as const,
  permissions: ['cloudwatch:GetMetricStatistics'],
  doc: {
    summary:
      "Resources whose CloudWatch metric meets a condition on every datapoint of the last `days` (GetMetricStatistics, one call per resource, with the resource's dimension; answers kept in `c7n.metrics`). Periods without data (a stopped instance) are not datapoints; `missing-value` stands in when there are none.",
    example:
      '- type: metrics\n  name: CPUUtilization\n  days: 4\n  period: 86400\n  value: 30\n  op: less-than',
  },
  messages: {
    statistics:
      'metrics statistics {{stat}} is not supported: use Average, Sum, Maximum, Minimum, SampleCount or a percentile (p99).',
    days: 'metrics days ({{days}}) cannot exceed 455, the retention of CloudWatch.',
  },
  check(opts: Opts) {
    const problems = [];
    const stat = opts.statistics ?? 'Average';
    if (!STANDARD_STATS.has(stat) && !EXTENDED_STAT.test(stat))
      problems.push({
        messageId: 'statistics',
        message: `metrics statistics ${stat} is not supported: use Average, Sum, Maximum, Minimum, SampleCount or a percentile (p99).`,
        path: ['statistics'],
      });
    if ((opts.days ?? 14) > 455)
      problems.push({
        messageId: 'days',
        message: `metrics days (${opts.days}) cannot exceed 455, the retention of CloudWatch.`,
        path: ['days'],
      });
    return problems;
  },
  reads: (opts: Opts, rt) => {
    const spec = specOf(rt);
    const fields = [
      spec?.field ?? spec?.dimension ?? rt.id,
      ...(spec?.leadingDimensions ?? []).map((d) => d.field),
      ...(spec?.trailingDimensions ?? []).map((d) => d.field),
    ];
    if (opts['percent-attr']) fields.push(opts['percent-attr']);
    return fields;
  },
  compile(opts: Opts, cctx) {
    const spec = specOf(cctx.resourceType) as MetricsSpec;
    const field = spec.field ?? spec.dimension;
    const namespace = opts.namespace || spec.namespace;
    // Defaults again here: the loader applies the schema's, callers of compile may not.
    const stat = opts.statistics ?? 'Average';
    const days = opts.days ?? 14;
    const op = opts.op ?? 'less-than';
    const userDims = Object.entries(opts.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value }));
    const extraDims =
      opts.dimensions === undefined
        ? Object.entries(spec.metricDimensions?.[opts.name] ?? {}).map(([Name, Value]) => ({ Name, Value }))
        : [];
    // Like c7n, the cache key leaves out period and dimensions. (Python writes `days: 1.0` as
    // `1.0`; YAML gives us the number 1 either way.)
    const key = `${namespace}.${opts.name}.${stat}.${String(days)}`;

    const matches = (r: Resource, points: Datapoint[]): boolean => {
      if (opts['percent-attr']) {
        const attr = opts['percent-attr'];
        if (!(attr in r)) throw new MissingData(`resource has no ${attr}`);
        let base = r[attr];
        if (opts['attr-multiplier']) base = (base as number) * opts['attr-multiplier'];
        if (typeof base !== 'number' || base === 0) throw new MissingData(`${attr} is not a nonzero number`);
        return points.every((dp) =>
          compare(op, ((statOf(dp, stat, false) as number) / base) * 100, opts.value),
        );
      }
      return points.every((dp) => compare(op, statOf(dp, stat, true), opts.value));
    };

    return {
      kind: 'process',
      async process(resources, ctx) {
        const p = awsProvider(ctx);
        const region = regionOf(ctx, p);
        const { start, end } = metricWindow(days, ctx.now, opts['period-start'] ?? 'auto');
        const period = Math.trunc(opts.period ?? (end - start) / 1000);
        const chunks: Resource[][] = [];
        for (let i = 0; i < resources.length; i += CHUNK) chunks.push(resources.slice(i, i + CHUNK));

        const results = await mapLimit(chunks, p.clients.ordered ? 1 : 3, async (chunk) => {
          const hits: Resource[] = [];
          try {
            for (const r of chunk) {
              if (!(field in r)) throw new MissingData(`resource has no ${field}`);
              r[ANNOTATION] ??= {};
              const collected = r[ANNOTATION] as Record<string, Datapoint[]>;
              if (!(key in collected)) {
                const out = await p.send(
                  'monitoring',
                  'GetMetricStatistics',
                  {
                    Namespace: namespace,
                    MetricName: opts.name,
                    StartTime: new Date(start),
                    EndTime: new Date(end),
                    Period: period,
                    Dimensions: [
                      ...(spec.accountDimension
                        ? [{ Name: spec.accountDimension, Value: ctx.accountId ?? p.accountId }]
                        : []),
                      ...(spec.leadingDimensions ?? []).map((d) => ({
                        Name: d.name,
                        Value: dimensionValue(
                          { ...spec, afterFirst: undefined, afterLast: d.afterLast },
                          r[d.field],
                        ),
                      })),
                      { Name: spec.dimension, Value: dimensionValue(spec, r[field]) },
                      ...(spec.trailingDimensions ?? []).map((d) => ({ Name: d.name, Value: r[d.field] })),
                      ...Object.entries(spec.fixedDimensions ?? {}).map(([Name, Value]) => ({ Name, Value })),
                      ...extraDims,
                      ...userDims,
                    ],
                    [STANDARD_STATS.has(stat) ? 'Statistics' : 'ExtendedStatistics']: [stat],
                  },
                  region,
                );
                collected[key] = (out.Datapoints as Datapoint[] | undefined) ?? [];
              }
              const points = collected[key] as Datapoint[];
              if (points.length === 0) {
                if (opts['missing-value'] === undefined) continue;
                points.push({
                  Timestamp: new Date(start),
                  [stat]: opts['missing-value'],
                  'c7n:detail': 'Fill value for missing data',
                });
              }
              if (matches(r, points)) hits.push(r);
            }
          } catch (e) {
            // As in c7n: a failed chunk is logged and none of its resources match.
            if (!(e instanceof MissingData) && !isServiceError(e)) throw e;
            ctx.log?.('warn', `CW Retrieval error: ${(e as Error).message}`);
            return [];
          }
          return hits;
        });
        return results.flat();
      },
    };
  },
});

/**
 * The dimension's value: the field, or its text after the last `afterLast` (SNS topic name of
 * its ARN), or after the first `afterFirst` (ELBv2's `app/name/id` of its ARN).
 */
function dimensionValue(spec: MetricsSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (spec.afterFirst !== undefined && value.includes(spec.afterFirst))
    return value.slice(value.indexOf(spec.afterFirst) + spec.afterFirst.length);
  if (spec.afterLast === undefined) return value;
  return value.slice(value.lastIndexOf(spec.afterLast) + 1);
}
