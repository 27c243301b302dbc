/**
 * Cloud Custodian's ec2 has-specific-managed-policy: the instance profiles are listed once
 * (ListInstanceProfiles, all pages) and matched by arn; then, per instance (not per profile,
 * as c7n), ListAttachedRolePolicies for each role of its profile (one page, as c7n).
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { iamPages, type Profile, profileArnOf } from './_instance-roles.js';

export default defineFilter({
  type: 'has-specific-managed-policy',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        type: 'string',
        default: 'PolicyName',
        description: 'Field of each attached policy compared (`PolicyName` by default, or `PolicyArn`).',
      },
    },
  } as const,
  permissions: ['iam:GetInstanceProfile', 'iam:ListInstanceProfiles', 'iam:ListAttachedRolePolicies'],
  doc: {
    summary:
      "Instances whose instance profile's role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`). Terminated instances, instances without a profile and profiles without a role never match.",
    example: '- type: has-specific-managed-policy\n  op: glob\n  value: "*FullAccess"',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: opts.key ?? 'PolicyName' }),
  reads: () => ['InstanceId', 'State', 'IamInstanceProfile'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(
      { ...valueOptionsOf(opts), key: opts.key ?? 'PolicyName' } as ValueOptions,
      ctx.baseDir,
    );
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const profiles = new Map(
          ((await iamPages(p, region, 'ListInstanceProfiles', 'InstanceProfiles')) as Profile[]).map((pr) => [
            String(pr.Arn),
            pr,
          ]),
        );
        const out: Resource[] = [];
        for (const r of rs) {
          if ((r.State as { Name?: string } | undefined)?.Name === 'terminated') continue;
          const arn = profileArnOf(r);
          const profile = arn ? profiles.get(arn) : undefined;
          if (!profile) continue;
          // c7n keeps the last role's policies (a profile holds one role).
          let attached: Resource[] = [];
          for (const role of profile.Roles ?? []) {
            const page = await p.send('iam', 'ListAttachedRolePolicies', { RoleName: role.RoleName }, region);
            attached = (page.AttachedPolicies ?? []) as Resource[];
          }
          if ((await matcher(attached, ectx)).size > 0) out.push(r);
        }
        return out;
      },
    };
  },
});
