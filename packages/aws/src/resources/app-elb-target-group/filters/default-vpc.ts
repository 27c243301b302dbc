import { defaultVpcFilter, vpcField } from '../../../common/filters/default-vpc.js';

export default defaultVpcFilter({
  type: 'aws.app-elb-target-group',
  summary: 'Target groups in',
  reads: ['VpcId'],
  vpcOf: vpcField('VpcId'),
});
