import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.app-elb-target-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticloadbalancing:DeleteTargetGroup'],
  doc: {
    summary: 'Delete target groups, one DeleteTargetGroup call each by ARN.',
    example: '- delete',
  },
  reads: () => ['TargetGroupArn'],
  plan(groups) {
    return groups.flatMap((tg) => {
      const arn = tg.TargetGroupArn;
      if (typeof arn !== 'string') return [];
      return [
        {
          service: 'elbv2',
          operation: 'DeleteTargetGroup',
          input: { TargetGroupArn: arn },
          resourceIds: [arn],
          describe: `delete ${arn}`,
        },
      ];
    });
  },
});
