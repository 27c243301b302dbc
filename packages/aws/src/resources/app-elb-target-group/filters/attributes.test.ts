import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import attributes from './attributes.js';

// Flight data: tg-a (lb_cookie stickiness off, delay 300) then tg-b (source_ip, preserve client IP).
const flight = fileURLToPath(new URL('../../app-elb/__fixtures__/elbv2', import.meta.url));
const resources = () => [
  { TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-a/1' },
  { TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-b/2' },
];

testFilter(attributes, {
  resourceType: groups,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'stickiness.type', value: 'source_ip' }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'source IP stickiness',
      options: { key: 'stickiness.type', value: 'source_ip', op: 'eq' },
      resources: resources(),
      matches: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-b/2'],
    },
    {
      name: 'numbers cast',
      options: { key: 'deregistration_delay.timeout_seconds', value: 300 },
      resources: resources(),
      matches: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-a/1'],
    },
  ],
});
