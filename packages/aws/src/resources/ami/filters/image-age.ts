import { ageMs, compare, comparisonOp, defineFilter, toMs } from '@c7n-ts/core';

export default defineFilter({
  type: 'image-age',
  pure: true,
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: {
        ...comparisonOp,
        default: 'greater-than',
        description: `${comparisonOp.description} Default greater-than.`,
      },
      days: { type: 'number', minimum: 0, description: 'Age in days; fractions allowed. Default 0.' },
    },
  } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary: 'Images older (by default) than a number of days, counting from their CreationDate.',
    example: '- type: image-age\n  days: 30',
  },
  reads: () => ['CreationDate'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'match',
      match(image, { now }) {
        const created = toMs(image.CreationDate);
        if (Number.isNaN(created)) return false;
        // c7n compares `threshold OP date`: `op: ge, days: 30` means created 30+ days ago.
        return compare(op, now - ageMs(opts), created);
      },
    };
  },
});
