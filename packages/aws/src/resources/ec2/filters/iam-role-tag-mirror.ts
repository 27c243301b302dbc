/**
 * Cloud Custodian's iam-role-tag-mirror on ec2, with the calls of its iam-role resolution
 * (`_instance-roles.ts`): the instance profiles once for all instances and once more per
 * instance, the roles by name.
 */
import { roleTagMirrorFilter } from '../../../common/iam/role-tag-mirror.js';
import { roleNames } from './_instance-roles.js';

export default roleTagMirrorFilter({
  resources: ['aws.ec2'],
  reads: ['InstanceId', 'IamInstanceProfile'],
  permissions: ['iam:ListInstanceProfiles'],
  summary:
    'Instances whose tag differs from (or, with `match: equal`, agrees with) the same tag on the IAM role of their instance profile. Differences are recorded in `c7n:IamRoleTagMirror` (RoleMissingTag, ResourceMissingTag, TagMismatch). Instances without a role are left out.',
  example: '- type: iam-role-tag-mirror\n  key: tag:Environment\n  ignore:\n    - tag:Owner: Shared',
  roleNames,
});
