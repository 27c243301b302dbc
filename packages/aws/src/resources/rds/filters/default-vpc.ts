import { defaultVpcFilter } from '../../../common/filters/default-vpc.js';

export default defaultVpcFilter({
  type: 'aws.rds',
  summary: 'DB instances whose DB subnet group is in',
  reads: ['DBSubnetGroup'],
  // c7n fails the policy on an instance without a subnet group; here it just doesn't match.
  vpcOf: (r) => {
    const vpc = (r.DBSubnetGroup as { VpcId?: unknown } | undefined)?.VpcId;
    return typeof vpc === 'string' ? vpc : undefined;
  },
});
