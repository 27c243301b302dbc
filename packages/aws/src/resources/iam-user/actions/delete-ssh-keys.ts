/**
 * Cloud Custodian's iam-user delete-ssh-keys: each user's SSH public keys (from the ssh-key
 * filter's annotation, else ListSSHPublicKeys), or with `matched` only those its ssh-key filters
 * matched; each deleted, or with `disable` made Inactive.
 */
import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { IAM_USER, nameOf } from '../../../common/iam/principal.js';

export default defineAction({
  type: 'delete-ssh-keys',
  resources: ['aws.iam-user'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      matched: { type: 'boolean', description: "Only the keys the policy's ssh-key filters matched." },
      disable: { type: 'boolean', description: 'Make the keys Inactive instead of deleting them.' },
    },
  } as const,
  permissions: ['iam:ListSSHPublicKeys', 'iam:UpdateSSHPublicKey', 'iam:DeleteSSHPublicKey'],
  doc: {
    summary:
      "Delete (or, with `disable: true`, deactivate) IAM users' SSH public keys: all of them, or with `matched: true` those the ssh-key filters matched. One DeleteSSHPublicKey or UpdateSSHPublicKey call per key.",
    example: '- type: delete-ssh-keys\n  matched: true',
  },
  reads: () => ['UserName'],
  async plan(resources, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const user = nameOf(IAM_USER, r);
      if (!user) continue;
      let all = r['c7n:SSHKeys'] as Resource[] | undefined;
      if (!Array.isArray(all)) {
        const out = ctx.read
          ? ((await ctx.read('iam', 'ListSSHPublicKeys', { UserName: user })) as {
              SSHPublicKeys?: Resource[];
            })
          : {};
        all = out.SSHPublicKeys ?? [];
      }
      const matched = r['c7n:matched-ssh-keys'];
      const keys = opts.matched ? (Array.isArray(matched) ? (matched as Resource[]) : []) : all;
      for (const k of keys) {
        const id = String(k.SSHPublicKeyId);
        calls.push(
          opts.disable
            ? {
                service: 'iam',
                operation: 'UpdateSSHPublicKey',
                input: { UserName: user, SSHPublicKeyId: id, Status: 'Inactive' },
                resourceIds: [user],
                describe: `deactivate SSH key ${id} of user ${user}`,
              }
            : {
                service: 'iam',
                operation: 'DeleteSSHPublicKey',
                input: { UserName: user, SSHPublicKeyId: id },
                resourceIds: [user],
                describe: `delete SSH key ${id} of user ${user}`,
              },
        );
      }
    }
    return calls;
  },
});
