import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-a/73e2d6bc24d8a067';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes by ARN',
      options: {},
      resources: [{ TargetGroupArn: TG }],
      calls: [
        {
          service: 'elbv2',
          operation: 'DeleteTargetGroup',
          input: { TargetGroupArn: TG },
          resourceIds: [TG],
        },
      ],
    },
  ],
});
