import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.lambda'],
  relatedType: 'aws.subnet',
  idsExpression: 'VpcConfig.SubnetIds[]',
  annotationKey: 'matched-subnets',
  reads: ['VpcConfig'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Functions by the subnets of their VPC configuration: value filter options apply to each subnet (DescribeSubnets). Matched subnet ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
