import { attributesFilter, TARGET_GROUP_ATTRIBUTES } from '../../app-elb/_attributes.js';

export default attributesFilter(
  'aws.app-elb-target-group',
  TARGET_GROUP_ATTRIBUTES,
  '- type: attributes\n  key: preserve_client_ip.enabled\n  value: true\n  op: eq',
);
