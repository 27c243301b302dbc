/**
 * Cloud Custodian's set-policy of iam-user, iam-role and iam-group: Attach<Kind>Policy or
 * Detach<Kind>Policy per resource; `arn: "*"` with `state: detached` lists the attached policies
 * (ListAttached<Kind>Policies, one page as c7n) and detaches each. A policy given by name is the
 * account's own; detaching what is not attached counts as done.
 */
import {
  type ActionContext,
  defineAction,
  type PlannedCall,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';
import { type IamPrincipal, NO_SUCH_ENTITY, nameOf, policyArn } from './principal.js';

export function setPolicyAction(p: IamPrincipal) {
  const noun = p.kind.toLowerCase();
  const list = `ListAttached${p.kind}Policies`;
  return defineAction({
    type: 'set-policy',
    resources: [p.type],
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['state', 'arn'],
      properties: {
        state: { enum: ['attached', 'detached'], description: 'Attach or detach the policy.' },
        arn: {
          type: 'string',
          description:
            "ARN of the managed policy (or the name of one of the account's own); `*` with `state: detached` detaches every attached policy.",
        },
      },
    } as const,
    permissions: [`iam:Attach${p.kind}Policy`, `iam:Detach${p.kind}Policy`, `iam:${list}`],
    messages: { 'star-attached': '`arn: "*"` works only with `state: detached`.' },
    doc: {
      summary: `Attach a managed policy to IAM ${noun}s, or detach one (or, with \`arn: "*"\`, all of them): one Attach${p.kind}Policy or Detach${p.kind}Policy call per ${noun} and policy.`,
      example: '- type: set-policy\n  state: detached\n  arn: arn:aws:iam::aws:policy/AdministratorAccess',
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
    reads: () => [p.nameField],
    async plan(resources, opts, ctx) {
      const calls: PlannedCall[] = [];
      const arn = opts.arn === '*' ? '*' : policyArn(opts.arn, ctx);
      for (const r of resources) {
        const name = nameOf(p, r);
        if (!name) continue;
        if (opts.state === 'attached') {
          calls.push({
            service: 'iam',
            operation: `Attach${p.kind}Policy`,
            input: { [p.nameField]: name, PolicyArn: arn },
            resourceIds: [name],
            describe: `attach ${arn} to ${noun} ${name}`,
          });
          continue;
        }
        const arns = arn === '*' ? await attachedArns(p, list, r, name, ctx) : [arn];
        for (const a of arns) calls.push(detach(p, name, a));
      }
      return calls;
    },
  });
}

export function detach(p: IamPrincipal, name: string, arn: string): PlannedCall {
  return {
    service: 'iam',
    operation: `Detach${p.kind}Policy`,
    input: { [p.nameField]: name, PolicyArn: arn },
    resourceIds: [name],
    describe: `detach ${arn} from ${p.kind.toLowerCase()} ${name}`,
    okErrors: NO_SUCH_ENTITY,
  };
}

/** The resource's attached policy ARNs (none when it is gone, as c7n skips it). */
export async function attachedArns(
  p: IamPrincipal,
  operation: string,
  _r: Resource,
  name: string,
  ctx: Pick<ActionContext, 'read'>,
): Promise<string[]> {
  if (!ctx.read) return [];
  try {
    const out = (await ctx.read('iam', operation, { [p.nameField]: name })) as {
      AttachedPolicies?: { PolicyArn?: string }[];
    };
    return (out.AttachedPolicies ?? []).flatMap((a) => (a.PolicyArn ? [a.PolicyArn] : []));
  } catch (e) {
    if (NO_SUCH_ENTITY.includes(errorCode(e) ?? '')) return [];
    throw e;
  }
}
