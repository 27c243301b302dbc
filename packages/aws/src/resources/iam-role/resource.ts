import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource } from '../types.js';

/**
 * IAM answers the trust policy URL-encoded; boto3 (so Cloud Custodian, its filters and its
 * recordings) sees it decoded into an object.
 */
export function decodeTrustPolicy(role: Record<string, unknown>): Record<string, unknown> {
  const doc = role.AssumeRolePolicyDocument;
  if (typeof doc !== 'string') return role;
  try {
    return { ...role, AssumeRolePolicyDocument: JSON.parse(decodeURIComponent(doc)) };
  } catch {
    return role; // not a URL-encoded JSON document: left as IAM gave it
  }
}

/**
 * Cloud Custodian's role detail call: GetRole per listed role, its `Role` merged in (ListRoles
 * omits `Tags`, `PermissionsBoundary` and `RoleLastUsed`); a role gone since the listing (any
 * NotFound/NoSuch code, as c7n's `is_not_found`) is dropped.
 */
const getRole: AugmentHook = async (role, send) => {
  try {
    const out = await send('GetRole', { RoleName: role.RoleName });
    return decodeTrustPolicy({ ...role, ...((out.Role as Record<string, unknown> | undefined) ?? {}) });
  } catch (e) {
    const code = errorCode(e) ?? '';
    if (code.includes('NotFound') || code.includes('NoSuch')) return undefined;
    throw e;
  }
};

export default awsResource({
  type: 'aws.iam-role',
  aliases: ['iam-role'],
  id: 'RoleName',
  name: 'RoleName',
  date: 'CreateDate',
  taggable: true,
  reportFields: ['RoleName', 'RoleId', 'CreateDate', 'Path'],
  permissions: ['iam:ListRoles', 'iam:GetRole'],
  doc: {
    summary:
      'IAM roles, listed with ListRoles; each role is completed with its GetRole answer (`Tags`, `PermissionsBoundary`, `RoleLastUsed`), as Cloud Custodian does. IAM is global: the type is the same in every region.',
    example: [
      'name: roles-without-boundary',
      'resource: aws.iam-role',
      'filters:',
      '  - PermissionsBoundary: absent',
    ].join('\n'),
  },
  source: {
    service: 'iam',
    list: {
      operation: 'ListRoles',
      items: 'Roles',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    augment: getRole,
    tags: { kind: 'inline' },
    arn: { field: 'Arn' },
    tagging: 'iam-role',
    configType: 'AWS::IAM::Role',
    configId: 'RoleId',
    shape: { service: 'iam', name: 'Role' },
  },
});
