/**
 * Cloud Custodian's set-boundary of iam-user and iam-role: Put<Kind>PermissionsBoundary (or, with
 * `state: absent`, Delete<Kind>PermissionsBoundary) per resource; a policy given by name is the
 * account's own; a user or role gone meanwhile counts as done.
 */
import { defineAction, type Problem } from '@c7n-ts/core';
import { type IamPrincipal, NO_SUCH_ENTITY, nameOf, policyArn } from './principal.js';

export function setBoundaryAction(p: IamPrincipal) {
  const noun = p.kind.toLowerCase();
  return defineAction({
    type: 'set-boundary',
    resources: [p.type],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        state: {
          enum: ['present', 'absent'],
          default: 'present',
          description: '`present` (the default) sets the boundary; `absent` removes it.',
        },
        policy: {
          type: 'string',
          description:
            "ARN of the managed policy to set as boundary, or the name of one of the account's own.",
        },
      },
    } as const,
    // As c7n's get_permissions, whose test of `state` is always true.
    permissions: [`iam:Put${p.kind}PermissionsBoundary`],
    messages: { 'policy-required': 'set-boundary with state: present needs `policy`.' },
    doc: {
      summary: `Set (or, with \`state: absent\`, remove) the permissions boundary of IAM ${noun}s: one Put${p.kind}PermissionsBoundary or Delete${p.kind}PermissionsBoundary call per ${noun}.`,
      example: '- type: set-boundary\n  policy: arn:aws:iam::123456789012:policy/boundary',
    },
    check(opts) {
      const problems: Problem[] = [];
      if ((opts.state ?? 'present') === 'present' && !opts.policy)
        problems.push({
          messageId: 'policy-required',
          message: 'set-boundary with state: present needs `policy`.',
        });
      return problems;
    },
    reads: () => [p.nameField],
    plan(resources, opts, ctx) {
      const present = (opts.state ?? 'present') === 'present';
      const boundary = opts.policy ? policyArn(opts.policy, ctx) : undefined;
      return resources.flatMap((r) => {
        const name = nameOf(p, r);
        if (!name) return [];
        return [
          present
            ? {
                service: 'iam',
                operation: `Put${p.kind}PermissionsBoundary`,
                input: { [p.nameField]: name, PermissionsBoundary: boundary },
                resourceIds: [name],
                describe: `set the permissions boundary of ${noun} ${name} to ${boundary}`,
                okErrors: NO_SUCH_ENTITY,
              }
            : {
                service: 'iam',
                operation: `Delete${p.kind}PermissionsBoundary`,
                input: { [p.nameField]: name },
                resourceIds: [name],
                describe: `remove the permissions boundary of ${noun} ${name}`,
                okErrors: NO_SUCH_ENTITY,
              },
        ];
      });
    },
  });
}
