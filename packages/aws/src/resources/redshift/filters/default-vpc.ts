import { defaultVpcFilter, vpcField } from '../../../common/filters/default-vpc.js';

// A cluster without a VpcId does not match, and costs no call (as in c7n).
export default defaultVpcFilter({
  type: 'aws.redshift',
  summary: 'Redshift clusters in',
  reads: ['VpcId'],
  vpcOf: vpcField('VpcId'),
});
