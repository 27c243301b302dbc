import { defaultVpcFilter, vpcField } from '../../../common/filters/default-vpc.js';

export default defaultVpcFilter({
  type: 'aws.app-elb',
  summary: 'Load balancers in',
  reads: ['VpcId'],
  vpcOf: vpcField('VpcId'),
});
