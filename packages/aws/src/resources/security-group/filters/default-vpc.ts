import { defaultVpcFilter } from '../../../common/filters/default-vpc.js';

export default defaultVpcFilter({
  type: 'aws.security-group',
  summary: 'Security groups of',
  reads: ['VpcId'],
  // c7n: a group without a VpcId (EC2-Classic) does not match and costs no call.
  vpcOf: (r) => ('VpcId' in r ? r.VpcId : undefined),
});
