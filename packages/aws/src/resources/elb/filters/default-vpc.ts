import { defaultVpcFilter, vpcField } from '../../../common/filters/default-vpc.js';

export default defaultVpcFilter({
  type: 'aws.elb',
  summary: 'Classic load balancers in',
  reads: ['VPCId'],
  vpcOf: vpcField('VPCId'),
});
