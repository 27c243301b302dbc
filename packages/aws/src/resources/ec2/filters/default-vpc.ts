import { defaultVpcFilter, vpcField } from '../../../common/filters/default-vpc.js';

// Instances outside any VPC (EC2-Classic) don't match and cost no call.
export default defaultVpcFilter({
  type: 'aws.ec2',
  summary: 'Instances in',
  reads: ['VpcId'],
  vpcOf: vpcField('VpcId'),
});
