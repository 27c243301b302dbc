import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';
import { lastPart, relatedRoles } from '../../ec2/filters/_instance-roles.js';

/** Cloud Custodian's lambda iam-role: the execution role, named by the last part of `Role`. */
export default relatedFilter({
  type: 'iam-role',
  resources: ['aws.lambda'],
  relatedType: 'aws.iam-role',
  idsExpression: 'Role',
  annotationKey: 'matched-iam-role',
  reads: ['Role'],
  permissions: ['iam:GetRole', 'iam:ListRoles'],
  doc: {
    summary:
      'Functions by their execution role: value filter options apply to the role (GetRole, tags included). The matched role name is recorded in c7n:matched-iam-role.',
    example: '- type: iam-role\n  key: tag:Environment\n  value: Production',
  },
  resolve: {
    async ids(rs) {
      return [
        ...new Set(rs.flatMap((r) => (typeof r.Role === 'string' && r.Role ? [lastPart(r.Role)] : []))),
      ];
    },
    fetch(ids, ctx) {
      const p = providerOf(ctx);
      return relatedRoles(p, regionOf(ctx, p), ids);
    },
  },
});
