import { ALB_ATTRIBUTES, attributesFilter } from '../_attributes.js';

export default attributesFilter(
  'aws.app-elb',
  ALB_ATTRIBUTES,
  '- type: attributes\n  key: routing.http2.enabled\n  value: true\n  op: eq',
);
