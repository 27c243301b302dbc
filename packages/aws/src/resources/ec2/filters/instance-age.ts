import { ageMs, compare, comparisonOp, defineFilter, toMs } from '@c7n-ts/core';

export default defineFilter({
  type: 'instance-age',
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
      days: { type: 'number', description: 'Age in days; fractions allowed.' },
      hours: { type: 'number', description: 'Hours added to the age.' },
      minutes: { type: 'number', description: 'Minutes added to the age.' },
    },
  } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary:
      'Instances older (by default) than days + hours + minutes, counting from the oldest EBS volume attachment, or from LaunchTime for instances without EBS volumes, as Cloud Custodian does.',
    example: '- type: instance-age\n  op: ge\n  days: 30',
  },
  reads: () => ['BlockDeviceMappings', 'LaunchTime'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'match',
      match(instance, { now }) {
        // LaunchTime resets on stop/start; the root volume's attach time does not.
        const mappings = Array.isArray(instance.BlockDeviceMappings) ? instance.BlockDeviceMappings : [];
        const attached = mappings.flatMap((b: { Ebs?: { AttachTime?: unknown } }) =>
          b?.Ebs ? [toMs(b.Ebs.AttachTime)] : [],
        );
        const born = attached.length ? Math.min(...attached) : toMs(instance.LaunchTime);
        if (Number.isNaN(born)) return false;
        // c7n compares `threshold OP born`: `op: ge, days: 30` means born 30+ days ago.
        return compare(op, now - ageMs(opts), born);
      },
    };
  },
});
