/**
 * Cloud Custodian's iam-profile set-policy: its role's set-policy, on the profile's first role
 * (AttachRolePolicy or DetachRolePolicy; `arn: "*"` detaches every policy ListAttachedRolePolicies
 * names). A policy given by name is the account's own. c7n fails on a profile without a role; it
 * is skipped here, with a warning.
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { IAM_ROLE, policyArn } from '../../../common/iam/principal.js';
import { attachedArns, detach } from '../../../common/iam/set-policy.js';

export default defineAction({
  type: 'set-policy',
  resources: ['aws.iam-profile'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state', 'arn'],
    properties: {
      state: { enum: ['attached', 'detached'], description: 'Attach or detach the policy.' },
      arn: {
        type: 'string',
        description:
          "ARN of the managed policy (or the name of one of the account's own); `*` with `state: detached` detaches every policy attached to the profile's role.",
      },
    },
  } as const,
  permissions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:ListAttachedRolePolicies'],
  messages: { 'star-attached': '`arn: "*"` works only with `state: detached`.' },
  doc: {
    summary:
      'Attach a managed policy to the role of IAM instance profiles, or detach one (or, with `arn: "*"`, all of them): one AttachRolePolicy or DetachRolePolicy call per profile and policy.',
    example:
      '- type: set-policy\n  state: attached\n  arn: arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.state === 'attached' && opts.arn === '*')
      problems.push({
        messageId: 'star-attached',
        message: '`arn: "*"` works only with `state: detached`.',
        path: ['arn'],
        at: 'value',
      });
    return problems;
  },
  reads: () => ['InstanceProfileName', 'Roles'],
  async plan(resources, opts, ctx) {
    const calls: PlannedCall[] = [];
    const arn = opts.arn === '*' ? '*' : policyArn(opts.arn, ctx);
    for (const r of resources) {
      const profile = String(r.InstanceProfileName ?? '');
      const role = ((r.Roles ?? []) as { RoleName?: string }[])[0]?.RoleName;
      if (!role) {
        ctx.log?.('warn', `set-policy: instance profile ${profile} has no role; skipped`);
        continue;
      }
      if (opts.state === 'attached') {
        calls.push({
          service: 'iam',
          operation: 'AttachRolePolicy',
          input: { RoleName: role, PolicyArn: arn },
          resourceIds: [profile],
          describe: `attach ${arn} to role ${role} of instance profile ${profile}`,
        });
        continue;
      }
      const arns =
        arn === '*' ? await attachedArns(IAM_ROLE, 'ListAttachedRolePolicies', r, role, ctx) : [arn];
      for (const a of arns) calls.push({ ...detach(IAM_ROLE, role, a), resourceIds: [profile] });
    }
    return calls;
  },
});
