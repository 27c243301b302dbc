/**
 * Cloud Custodian's iam-user policy: each user's attached managed policies (ListAttachedUserPolicies,
 * then GetPolicy for each) appended to `c7n:Policies`; with `include-via`, also those attached to
 * the user's groups (ListGroupsForUser into `c7n:Groups`, ListAttachedGroupPolicies per group).
 * Within a batch of 50 users, as c7n, a group's attachments and a policy already fetched for an
 * earlier user are reused rather than asked again. A user matches when one policy does.
 */
import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { IAM_USER, iamSend, nameOf } from '../../../common/iam/principal.js';

const BATCH = 50;

const listOf = (v: unknown) => (Array.isArray(v) ? (v as Resource[]) : []);

/** The first item with `arn` in `key`'s list of the first user that has one (c7n's find_in_user_set). */
function findIn(
  users: readonly Resource[],
  key: string,
  arnField: string,
  arn: unknown,
): Resource | undefined {
  for (const u of users) {
    if (!(key in u)) continue;
    const hit = listOf(u[key]).find((v) => v[arnField] === arn);
    if (hit) return hit;
  }
  return undefined;
}

async function getPolicy(ctx: EvalContext, arn: unknown): Promise<Resource> {
  return ((await iamSend(ctx, 'GetPolicy', { PolicyArn: arn })).Policy ?? {}) as Resource;
}

async function userPolicies(ctx: EvalContext, batch: Resource[], u: Resource, includeVia: boolean) {
  const policies = [...listOf(u['c7n:Policies'])];
  u['c7n:Policies'] = policies;
  const name = nameOf(IAM_USER, u);
  const attached = name
    ? listOf((await iamSend(ctx, 'ListAttachedUserPolicies', { UserName: name })).AttachedPolicies)
    : [];
  for (const ap of attached) policies.push(await getPolicy(ctx, ap.PolicyArn));
  if (!includeVia) return;
  const groups = name ? listOf((await iamSend(ctx, 'ListGroupsForUser', { UserName: name })).Groups) : [];
  u['c7n:Groups'] = groups;
  for (const g of groups) {
    const known = findIn(batch, 'c7n:Groups', 'Arn', g.Arn);
    const prior = known ? listOf(known.AttachedPolicies) : [];
    g.AttachedPolicies = prior.length
      ? prior
      : listOf(
          (await iamSend(ctx, 'ListAttachedGroupPolicies', { GroupName: g.GroupName })).AttachedPolicies,
        );
    for (const ap of listOf(g.AttachedPolicies)) {
      if (findIn([u], 'c7n:Policies', 'Arn', ap.PolicyArn)) continue;
      policies.push(
        findIn(batch, 'c7n:Policies', 'Arn', ap.PolicyArn) ?? (await getPolicy(ctx, ap.PolicyArn)),
      );
    }
  }
}

export default defineFilter({
  type: 'policy',
  resources: ['aws.iam-user'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      'include-via': {
        type: 'boolean',
        description: 'Also compare the managed policies attached to the groups the user belongs to.',
      },
    },
  } as const,
  // c7n omits iam:GetPolicy, which the filter calls for each attached policy.
  permissions: [
    'iam:ListAttachedUserPolicies',
    'iam:GetPolicy',
    'iam:ListGroupsForUser',
    'iam:ListAttachedGroupPolicies',
  ],
  messages: valueMessages,
  doc: {
    summary:
      'IAM users with an attached managed policy (its GetPolicy answer: PolicyName, Arn, AttachmentCount...) matching the value options, kept in `c7n:Policies`; `include-via: true` adds the policies of the user\u2019s groups.',
    example: '- type: policy\n  key: PolicyName\n  value: AdministratorAccess\n  include-via: true',
  },
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['UserName'],
  compile(opts, cctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, cctx.baseDir);
    const includeVia = opts['include-via'] === true;
    return {
      kind: 'process',
      async process(rs, ctx) {
        for (let i = 0; i < rs.length; i += BATCH) {
          const batch = rs.slice(i, i + BATCH);
          for (const u of batch) await userPolicies(ctx, batch, u, includeVia);
        }
        const out: Resource[] = [];
        for (const r of rs) if ((await matcher(listOf(r['c7n:Policies']), ctx)).size) out.push(r);
        return out;
      },
    };
  },
});
