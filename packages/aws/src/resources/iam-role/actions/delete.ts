/**
 * Cloud Custodian's iam-role delete. With `force`, first every role's managed policies are
 * detached (its set-policy `detached`/`*`), then per role its inline policies are deleted and it
 * is removed from each of its instance profiles, which are deleted too; then DeleteRole. A role
 * (or policy, or profile) gone meanwhile, or one AWS will not let anyone change (a service-linked
 * role), counts as done; a role still in use (DeleteConflict) fails.
 */
import { type ActionContext, defineAction, type PlannedCall } from '@c7n-ts/core';
import { IAM_ROLE, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';
import { attachedArns, detach } from '../../../common/iam/set-policy.js';
import { errorCode } from '../../../query/errors.js';

const GONE_OR_PROTECTED = [...NO_SUCH_ENTITY, 'UnmodifiableEntity', 'UnmodifiableEntityException'];

const FORCE_PERMISSIONS = [
  'iam:ListAttachedRolePolicies',
  'iam:DetachRolePolicy',
  'iam:ListRolePolicies',
  'iam:DeleteRolePolicy',
  'iam:ListInstanceProfilesForRole',
  'iam:RemoveRoleFromInstanceProfile',
  'iam:DeleteInstanceProfile',
];

export default defineAction({
  type: 'delete',
  resources: ['aws.iam-role'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description:
          'Detach its managed policies, delete its inline policies and delete its instance profiles first (a role with any of them cannot be deleted).',
      },
    },
  } as const,
  permissions: (opts) => [
    'iam:DeleteRole',
    ...(opts.force ? FORCE_PERMISSIONS : ['iam:DeleteInstanceProfile']),
  ],
  doc: {
    summary:
      'Delete IAM roles (DeleteRole). With `force: true`, their managed policies are detached, their inline policies deleted and their instance profiles emptied and deleted first, as Cloud Custodian does; otherwise a role that still has any fails.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['RoleName', 'Arn'],
  async plan(resources, opts, ctx) {
    const names = resources.flatMap((r) => nameOf(IAM_ROLE, r) ?? []);
    const calls: PlannedCall[] = [];
    if (opts.force) {
      for (const name of names) {
        const arns = await attachedArns(IAM_ROLE, 'ListAttachedRolePolicies', {}, name, ctx);
        for (const arn of arns) calls.push(detach(IAM_ROLE, name, arn));
      }
    }
    for (const name of names) {
      if (opts.force) {
        const inline = (await readOrNone(ctx, 'ListRolePolicies', { RoleName: name }))?.PolicyNames ?? [];
        for (const policy of inline as string[])
          calls.push({
            service: 'iam',
            operation: 'DeleteRolePolicy',
            input: { RoleName: name, PolicyName: policy },
            resourceIds: [name],
            describe: `delete inline policy ${policy} of role ${name}`,
            okErrors: NO_SUCH_ENTITY,
          });
        const profiles = (await readOrNone(ctx, 'ListInstanceProfilesForRole', { RoleName: name }))
          ?.InstanceProfiles as { InstanceProfileName?: string }[] | undefined;
        for (const profile of profiles ?? []) {
          const p = profile.InstanceProfileName;
          if (!p) continue;
          calls.push(
            {
              service: 'iam',
              operation: 'RemoveRoleFromInstanceProfile',
              input: { RoleName: name, InstanceProfileName: p },
              resourceIds: [name],
              describe: `remove role ${name} from instance profile ${p}`,
              okErrors: NO_SUCH_ENTITY,
            },
            {
              service: 'iam',
              operation: 'DeleteInstanceProfile',
              input: { InstanceProfileName: p },
              resourceIds: [name],
              describe: `delete instance profile ${p} of role ${name}`,
              okErrors: NO_SUCH_ENTITY,
            },
          );
        }
      }
      calls.push({
        service: 'iam',
        operation: 'DeleteRole',
        input: { RoleName: name },
        resourceIds: [name],
        describe: `delete role ${name}`,
        okErrors: GONE_OR_PROTECTED,
      });
    }
    return calls;
  },
});

/** A read whose NoSuchEntity means "nothing to clean up", as c7n's ignore_err_codes. */
async function readOrNone(
  ctx: Pick<ActionContext, 'read'>,
  operation: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  if (!ctx.read) return undefined;
  try {
    return (await ctx.read('iam', operation, input)) as Record<string, unknown>;
  } catch (e) {
    if (NO_SUCH_ENTITY.includes(errorCode(e) ?? '')) return undefined;
    throw e;
  }
}
