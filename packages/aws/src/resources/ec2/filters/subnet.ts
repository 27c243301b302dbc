import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.ec2'],
  relatedType: 'aws.subnet',
  idsExpression: 'NetworkInterfaces[].SubnetId',
  annotationKey: 'matched-subnets',
  reads: ['NetworkInterfaces'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Instances by the subnets of their network interfaces: value filter options apply to each subnet. Matched subnet ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: tag:Tier\n  value: public',
  },
});
