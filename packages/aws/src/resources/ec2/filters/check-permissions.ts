/**
 * Cloud Custodian's ec2 check-permissions: the IAM policy simulator run for the role of each
 * instance's profile. Profiles come from one ListInstanceProfiles, then SimulatePrincipalPolicy
 * once per role (NoSuchEntity: no evaluations, so no match).
 */
import { checkValueOptions, defineFilter, type Problem, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { compileItemMatcher, valueMessages } from '../../../common/filters/value-over.js';
import { ALLOW_ALL, checkPermissionsOptions, matchOptions } from '../../../common/iam/check-permissions.js';
import { errorCode } from '../../../query/errors.js';
import { lastPart, profileArnOf, profilesNamed } from './_instance-roles.js';

const ANNOTATION = 'c7n:perm-matches';

export default defineFilter({
  type: 'check-permissions',
  resources: ['aws.ec2'],
  options: checkPermissionsOptions(
    "Apply the role's permissions boundary in the simulation (false: simulate without it).",
  ),
  permissions: ['iam:SimulatePrincipalPolicy', 'iam:GetPolicy', 'iam:GetPolicyVersion', 'iam:GetRole'],
  doc: {
    summary:
      "Instances whose profile's role is allowed (or denied) the given actions by the IAM policy simulator (SimulatePrincipalPolicy). Matching evaluation results are recorded in `c7n:perm-matches`; instances without a profile never match.",
    example: '- type: check-permissions\n  match: allowed\n  actions:\n    - iam:CreateUser',
  },
  messages: {
    ...valueMessages,
    'invalid-action': 'A check-permissions action is written <service>:<action>.',
  },
  check(opts) {
    const problems: Problem[] = [];
    opts.actions.forEach((a, i) => {
      // c7n looks for a colon inside the name, not at either end.
      if (!a.slice(1, -1).includes(':'))
        problems.push({
          messageId: 'invalid-action',
          message: `invalid check-permissions action "${a}": write it as <service>:<action>.`,
          path: ['actions', i],
        });
    });
    if (typeof opts.match === 'object')
      for (const pr of checkValueOptions(matchOptions(opts.match)))
        problems.push({ ...pr, path: ['match', ...(pr.path ?? [])] });
    return problems;
  },
  reads: () => ['InstanceId', 'IamInstanceProfile'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(matchOptions(opts.match), ctx.baseDir);
    const all = (opts['match-operator'] ?? 'and') === 'and';
    const boundary = opts.boundaries === false ? { PermissionsBoundaryPolicyInputList: [ALLOW_ALL] } : {};
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const arns = [...new Set(rs.flatMap((r) => profileArnOf(r) ?? []))];
        const roleOf = new Map<string, string | undefined>();
        if (arns.length) {
          // c7n pairs arns and listed profiles by position; pairing by arn gives each
          // instance its own profile's role whatever the listing order.
          for (const pr of await profilesNamed(p, region, arns.map(lastPart)))
            roleOf.set(String(pr.Arn), pr.Roles?.[0]?.Arn);
        }
        const evaluations = new Map<string, Resource[]>();
        const out: Resource[] = [];
        for (const r of rs) {
          const arn = profileArnOf(r);
          const role = arn ? roleOf.get(arn) : undefined;
          if (!role) continue;
          let evs = evaluations.get(role);
          if (!evs) {
            try {
              const res = await p.send(
                'iam',
                'SimulatePrincipalPolicy',
                { PolicySourceArn: role, ActionNames: opts.actions, ...boundary },
                region,
              );
              evs = (res.EvaluationResults ?? []) as Resource[];
            } catch (e) {
              if (errorCode(e) !== 'NoSuchEntity') throw e;
              evs = [];
            }
            evaluations.set(role, evs);
          }
          if (!evs.length) continue;
          const hits = await matcher(evs, ectx);
          if (all ? hits.size === evs.length : hits.size > 0) {
            r[ANNOTATION] = evs.filter((e) => hits.has(e));
            out.push(r);
          }
        }
        return out;
      },
    };
  },
});
