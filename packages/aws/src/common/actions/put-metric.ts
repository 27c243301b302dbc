import { compileJmespath, defineAction, type Resource } from '@c7n-ts/core';

const OPS = ['count', 'distinct_count', 'sum', 'average'] as const;
type Op = (typeof OPS)[number];

// CloudWatch's StandardUnit values Cloud Custodian accepts.
const UNITS = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'Percent',
  'Count',
  'None',
] as const;

type Scalar = string | number | boolean;

/** How c7n's YAML values reach the API: Python's `str()` (`True`, not `true`). */
const pyStr = (v: Scalar): string => (typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

// c7n searches `Resources[].<key>` over {Resources: [...]}, so a key never starts with `[]`.
const expressionOf = (key: string) => `Resources[].${key}`;

/** Python's `sum` over the values: numbers (booleans count as 0/1); anything else is a TypeError. */
function pySum(values: unknown[]): number {
  let total = 0;
  for (const v of values) {
    if (typeof v === 'boolean') total += Number(v);
    else if (typeof v === 'number') total += v;
    else throw new Error(`put-metric cannot add up ${JSON.stringify(v)}: sum and average need numbers`);
  }
  return total;
}

/** Python's set membership: 1, 1.0 and True are one value; lists and maps are unhashable. */
function hashKey(v: unknown): string {
  if (typeof v === 'boolean' || typeof v === 'number') return `n:${Number(v)}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v === null || v === undefined) return 'None';
  throw new Error(`put-metric cannot count distinct ${JSON.stringify(v)}: lists and maps are unhashable`);
}

function aggregate(op: Op, values: unknown[]): number {
  switch (op) {
    case 'count':
      return values.length;
    case 'distinct_count':
      return new Set(values.map(hashKey)).size;
    case 'sum':
      return pySum(values);
    case 'average':
      return pySum(values) / Math.max(values.length, 1);
  }
}

export default defineAction({
  type: 'put-metric',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key', 'namespace', 'metric_name'],
    properties: {
      key: {
        type: 'string',
        description:
          'JMESPath applied to every resource (as `Resources[].<key>`); the values found feed `op`.',
      },
      namespace: { type: 'string', description: 'CloudWatch namespace of the metric.' },
      metric_name: { type: 'string', description: 'Name of the metric.' },
      dimensions: {
        type: 'array',
        items: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        description: 'Dimensions as a list of `name: value` maps.',
      },
      op: {
        enum: OPS,
        default: 'count',
        description: 'How the values become one number: count (default), distinct_count, sum or average.',
      },
      units: { enum: UNITS, default: 'Count', description: 'Unit of the datapoint (default Count).' },
    },
  } as const,
  permissions: ['cloudwatch:PutMetricData'],
  doc: {
    summary:
      'Publish one CloudWatch datapoint (PutMetricData) computed from the matched resources: the values `key` finds in them, counted, distinct-counted, summed or averaged.',
    example:
      '- type: put-metric\n  key: BlockDeviceMappings[].DeviceName\n  namespace: Usage Metrics\n  metric_name: Attached Disks\n  op: count\n  units: Count',
  },
  messages: { key: 'put-metric key is not a valid JMESPath expression: {{error}}' },
  check(opts) {
    try {
      compileJmespath(expressionOf(opts.key));
      return [];
    } catch (e) {
      const error = (e as Error).message;
      return [
        {
          messageId: 'key',
          message: `put-metric key is not a valid JMESPath expression: ${error}`,
          path: ['key'],
        },
      ];
    }
  },
  plan(resources: Resource[], opts, ctx) {
    if (resources.length === 0) return [];
    const found = compileJmespath(expressionOf(opts.key))({ Resources: resources } as never);
    const values = Array.isArray(found) ? found : [];
    const op = opts.op ?? 'count';
    const value = aggregate(op, values);
    const dimensions = (opts.dimensions ?? []).flatMap((d) =>
      Object.entries(d).map(([Name, v]) => ({ Name, Value: pyStr(v as Scalar) })),
    );
    const id = ctx.resourceType.id;
    return [
      {
        service: 'monitoring',
        operation: 'PutMetricData',
        input: {
          Namespace: opts.namespace,
          MetricData: [
            {
              MetricName: opts.metric_name,
              Dimensions: dimensions,
              Timestamp: new Date(ctx.now),
              Value: value,
              Unit: opts.units ?? 'Count',
            },
          ],
        },
        resourceIds: resources.map((r) => String(r[id])),
        describe: `put ${opts.metric_name}=${value} (${op} of ${opts.key}) in ${opts.namespace}`,
      },
    ];
  },
});
