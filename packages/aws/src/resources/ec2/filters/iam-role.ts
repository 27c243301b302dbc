import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';
import { relatedRoles, roleNames } from './_instance-roles.js';

export default relatedFilter({
  type: 'iam-role',
  resources: ['aws.ec2'],
  relatedType: 'aws.iam-role',
  idsExpression: 'IamInstanceProfile.Arn',
  annotationKey: 'matched-iam-role',
  reads: ['InstanceId', 'IamInstanceProfile'],
  permissions: ['iam:GetRole', 'iam:ListRoles', 'iam:ListInstanceProfiles'],
  doc: {
    summary:
      "Instances by the IAM role of their instance profile: value filter options apply to the role (GetRole, tags included). The profile's role comes from ListInstanceProfiles; instances without a profile have no role, so they match only `value_type: resource_count` with a count of 0. The matched role name is recorded in c7n:matched-iam-role.",
    example: '- type: iam-role\n  key: tag:Environment\n  value: Production',
  },
  resolve: {
    ids(rs, ctx) {
      const p = providerOf(ctx);
      return roleNames(p, regionOf(ctx, p), rs);
    },
    fetch(ids, ctx) {
      const p = providerOf(ctx);
      return relatedRoles(p, regionOf(ctx, p), ids);
    },
  },
});
