/**
 * Cloud Custodian's iam-user delete: a user can only be deleted once nothing hangs off it, so
 * per user, in c7n's order, its console password, access keys, attached and inline policies, MFA
 * devices (deactivated), groups, SSH keys, signing certificates and service-specific credentials
 * are removed (each listed once, one page, as c7n), then the user. With `options`, only those
 * are removed and the user is kept.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { IAM_USER, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';

/** How one kind of thing hanging off a user is listed and removed. */
interface Part {
  list: string;
  items: string;
  remove: string;
  /** The remove call's members taken from one listed item: request member -> item field. */
  by: Readonly<Record<string, string>>;
  what: string;
}

const PARTS: Readonly<Record<string, Part | 'login-profile'>> = {
  'console-access': 'login-profile',
  'access-keys': {
    list: 'ListAccessKeys',
    items: 'AccessKeyMetadata',
    remove: 'DeleteAccessKey',
    by: { AccessKeyId: 'AccessKeyId' },
    what: 'access key',
  },
  'attached-user-policies': {
    list: 'ListAttachedUserPolicies',
    items: 'AttachedPolicies',
    remove: 'DetachUserPolicy',
    by: { PolicyArn: 'PolicyArn' },
    what: 'managed policy',
  },
  'inline-user-policies': {
    list: 'ListUserPolicies',
    items: 'PolicyNames',
    remove: 'DeleteUserPolicy',
    by: { PolicyName: '' },
    what: 'inline policy',
  },
  'mfa-devices': {
    list: 'ListMFADevices',
    items: 'MFADevices',
    remove: 'DeactivateMFADevice',
    by: { SerialNumber: 'SerialNumber' },
    what: 'MFA device',
  },
  groups: {
    list: 'ListGroupsForUser',
    items: 'Groups',
    remove: 'RemoveUserFromGroup',
    by: { GroupName: 'GroupName' },
    what: 'group membership',
  },
  'ssh-keys': {
    list: 'ListSSHPublicKeys',
    items: 'SSHPublicKeys',
    remove: 'DeleteSSHPublicKey',
    by: { SSHPublicKeyId: 'SSHPublicKeyId' },
    what: 'SSH key',
  },
  'signing-certificates': {
    list: 'ListSigningCertificates',
    items: 'Certificates',
    remove: 'DeleteSigningCertificate',
    by: { CertificateId: 'CertificateId' },
    what: 'signing certificate',
  },
  'service-specific-credentials': {
    list: 'ListServiceSpecificCredentials',
    items: 'ServiceSpecificCredentials',
    remove: 'DeleteServiceSpecificCredential',
    by: { ServiceSpecificCredentialId: 'ServiceSpecificCredentialId' },
    what: 'service-specific credential',
  },
};
const ORDER = Object.keys(PARTS);
const COMPOUND: Readonly<Record<string, readonly string[]>> = {
  'user-policies': ['attached-user-policies', 'inline-user-policies'],
};

export default defineAction({
  type: 'delete',
  resources: ['aws.iam-user'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      options: {
        type: 'array',
        items: { enum: [...ORDER, ...Object.keys(COMPOUND)] },
        description:
          'Remove only these from each user and keep the user (`user-policies` is both kinds of policy); without it, everything is removed and the user deleted.',
      },
    },
  } as const,
  permissions: [
    'iam:ListAttachedUserPolicies',
    'iam:ListAccessKeys',
    'iam:ListGroupsForUser',
    'iam:ListMFADevices',
    'iam:ListServiceSpecificCredentials',
    'iam:ListSigningCertificates',
    'iam:ListSSHPublicKeys',
    'iam:ListUserPolicies',
    'iam:DeactivateMFADevice',
    'iam:DeleteAccessKey',
    'iam:DeleteLoginProfile',
    'iam:DeleteServiceSpecificCredential',
    'iam:DeleteSigningCertificate',
    'iam:DeleteSSHPublicKey',
    'iam:DeleteUser',
    'iam:DeleteUserPolicy',
    'iam:DetachUserPolicy',
    'iam:RemoveUserFromGroup',
  ],
  doc: {
    summary:
      "Delete IAM users, after removing (in Cloud Custodian's order) their console password, access keys, managed and inline policies, MFA devices, groups, SSH keys, signing certificates and service-specific credentials; with `options`, remove only those and keep the user.",
    example: '- type: delete\n  options:\n    - console-access\n    - access-keys',
  },
  reads: () => ['UserName'],
  async plan(resources, opts, ctx) {
    const given = opts.options as string[] | undefined;
    const chosen = new Set(given ?? ORDER);
    for (const [name, parts] of Object.entries(COMPOUND))
      if (chosen.has(name)) for (const p of parts) chosen.add(p);
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const user = nameOf(IAM_USER, r);
      if (!user) continue;
      for (const key of ORDER) {
        if (!chosen.has(key)) continue;
        const part = PARTS[key];
        if (part === 'login-profile') {
          calls.push({
            service: 'iam',
            operation: 'DeleteLoginProfile',
            input: { UserName: user },
            resourceIds: [user],
            describe: `delete the console password of user ${user}`,
            okErrors: NO_SUCH_ENTITY,
          });
          continue;
        }
        if (!part || !ctx.read) continue;
        const out = (await ctx.read('iam', part.list, { UserName: user })) as Record<string, unknown>;
        for (const item of (out[part.items] ?? []) as unknown[]) {
          const input: Record<string, unknown> = { UserName: user };
          for (const [member, field] of Object.entries(part.by))
            input[member] = field === '' ? item : (item as Record<string, unknown>)[field];
          calls.push({
            service: 'iam',
            operation: part.remove,
            input,
            resourceIds: [user],
            describe: `remove ${part.what} ${String(Object.values(input)[1])} of user ${user}`,
          });
        }
      }
      if (!given?.length)
        calls.push({
          service: 'iam',
          operation: 'DeleteUser',
          input: { UserName: user },
          resourceIds: [user],
          describe: `delete user ${user}`,
        });
    }
    return calls;
  },
});
