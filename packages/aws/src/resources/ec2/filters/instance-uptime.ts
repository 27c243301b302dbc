import { ageMs, compare, comparisonOp, defineFilter, toMs } from '@c7n-ts/core';

export default defineFilter({
  type: 'instance-uptime',
  pure: true,
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: {
        ...comparisonOp,
        default: 'greater-than',
        description: `${comparisonOp.description} Default greater-than.`,
      },
      days: { type: 'number', description: 'Days since LaunchTime; fractions allowed.' },
    },
  } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary:
      'Instances running longer (by default) than `days` since their LaunchTime, which a stop and start resets (unlike instance-age).',
    example: '- type: instance-uptime\n  op: ge\n  days: 30',
  },
  reads: () => ['LaunchTime'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'match',
      match(instance, { now }) {
        const launched = toMs(instance.LaunchTime);
        if (Number.isNaN(launched)) return false;
        // As c7n's age filters: threshold OP launched.
        return compare(op, now - ageMs(opts), launched);
      },
    };
  },
});
