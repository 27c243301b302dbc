/**
 * Cloud Custodian's ec2 has-specific-managed-policy: the instance profiles are listed once
 * (ListInstanceProfiles, all pages) and matched by arn; then, per instance (not per profile,
 * as c7n), ListAttachedRolePolicies for each role of its profile (one page, as c7n).
 */
import type { Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { attachedPolicyFilter } from '../../../common/iam/_attached-policy-filter.js';
import { iamPages, type Profile, profileArnOf } from './_instance-roles.js';

export default attachedPolicyFilter({
  type: 'aws.ec2',
  summary:
    "Instances whose instance profile's role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`). Terminated instances, instances without a profile and profiles without a role never match.",
  example: '- type: has-specific-managed-policy\n  op: glob\n  value: "*FullAccess"',
  permissions: ['iam:GetInstanceProfile', 'iam:ListInstanceProfiles', 'iam:ListAttachedRolePolicies'],
  reads: ['InstanceId', 'State', 'IamInstanceProfile'],
  async attached(rs, ectx) {
    const p = providerOf(ectx);
    const region = regionOf(ectx, p);
    const profiles = new Map(
      ((await iamPages(p, region, 'ListInstanceProfiles', 'InstanceProfiles')) as Profile[]).map((pr) => [
        String(pr.Arn),
        pr,
      ]),
    );
    const byInstance = new Map<Resource, Resource[]>();
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
      byInstance.set(r, attached);
    }
    return (r) => byInstance.get(r);
  },
});
