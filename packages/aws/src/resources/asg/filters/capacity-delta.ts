import { defineFilter } from '@c7n-ts/core';

const count = (x: unknown): number => (Array.isArray(x) ? x.length : 0);

export default defineFilter({
  type: 'capacity-delta',
  pure: true,
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary: 'Auto Scaling groups with fewer instances than their desired capacity or their minimum size.',
    example: '- capacity-delta',
  },
  reads: () => ['Instances', 'DesiredCapacity', 'MinSize'],
  compile: () => ({
    kind: 'match',
    match(asg) {
      const n = count(asg.Instances);
      return n < Number(asg.DesiredCapacity) || n < Number(asg.MinSize);
    },
  }),
});
