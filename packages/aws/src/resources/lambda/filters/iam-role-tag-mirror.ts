import type { Resource } from '@c7n-ts/core';
import { roleTagMirrorFilter } from '../../../common/iam/role-tag-mirror.js';
import { lastPart } from '../../ec2/filters/_instance-roles.js';

/** Cloud Custodian's iam-role-tag-mirror on lambda: the execution role, named by the last part of `Role`. */
export default roleTagMirrorFilter({
  resources: ['aws.lambda'],
  reads: ['FunctionName', 'Role'],
  summary:
    'Functions whose tag differs from (or, with `match: equal`, agrees with) the same tag on their execution role. Differences are recorded in `c7n:IamRoleTagMirror` (RoleMissingTag, ResourceMissingTag, TagMismatch).',
  example: '- type: iam-role-tag-mirror\n  key: tag:CostCenter\n  match: not-equal',
  async roleNames(_p, _region, rs: readonly Resource[]) {
    return [...new Set(rs.flatMap((r) => (typeof r.Role === 'string' && r.Role ? [lastPart(r.Role)] : [])))];
  },
});
