import { ageMs, compare, comparisonOp, defineFilter, parseDate } from '@c7n-ts/core';

// AWS writes the transition time in parentheses: "User initiated (2024-01-15 10:11:12 GMT)".
const IN_PARENS = /\((.*?)\)/;

export default defineFilter({
  type: 'state-age',
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
      days: { type: 'number', description: 'Days since the last state transition; fractions allowed.' },
    },
  } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary:
      'Instances that have been in their current state longer (by default) than `days`, reading the time from StateTransitionReason. Instances whose reason carries no time do not match.',
    example: '- type: state-age\n  op: ge\n  days: 7',
  },
  reads: () => ['StateTransitionReason'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'match',
      match(instance, { now }) {
        const reason = instance.StateTransitionReason;
        if (typeof reason !== 'string') return false;
        // c7n parses the first parenthesised text; a reason without a date fails its parse.
        const when = parseDate(IN_PARENS.exec(reason)?.[1]);
        if (!when) return false;
        return compare(op, now - ageMs(opts), when.getTime());
      },
    };
  },
});
