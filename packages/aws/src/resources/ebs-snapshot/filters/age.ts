import { ageMs, compare, comparisonOp, defineFilter, toMs } from '@c7n-ts/core';

export default defineFilter({
  type: 'age',
  pure: true,
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      days: { type: 'number', description: 'Age in days; fractions allowed. Default 0.' },
      op: {
        ...comparisonOp,
        default: 'greater-than',
        description: `${comparisonOp.description} Default greater-than.`,
      },
    },
  } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary: 'Snapshots older (by default) than a number of days, counting from their StartTime.',
    example: '- type: age\n  days: 7\n  op: ge',
  },
  reads: () => ['StartTime'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'match',
      match(snapshot, { now }) {
        const started = toMs(snapshot.StartTime);
        if (Number.isNaN(started)) return false;
        // c7n compares `threshold OP date`: `op: ge, days: 7` means started 7+ days ago.
        return compare(op, now - ageMs(opts), started);
      },
    };
  },
});
