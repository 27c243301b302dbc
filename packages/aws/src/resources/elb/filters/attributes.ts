import { attributesFilter, ELB_ATTRIBUTES } from '../../app-elb/_attributes.js';

export default attributesFilter(
  'aws.elb',
  ELB_ATTRIBUTES,
  '- type: attributes\n  key: ConnectionDraining.Enabled\n  value: true\n  op: eq',
);
