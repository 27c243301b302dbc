import type { EvalContext, Resource } from '@c7n-ts/core';
import { idFieldOf, relatedById } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';
import { LAUNCH_PERMISSIONS, launchInfo } from './_launch-info.js';

/**
 * As c7n, the related groups of each Auto Scaling group are those of every launch configuration
 * and template of the whole set (its get_related_ids ignores the group it is asked about).
 */
const groupsOfSet = new WeakMap<EvalContext, WeakMap<Resource, string[]>>();

async function securityGroupIds(asgs: readonly Resource[], ctx: EvalContext): Promise<string[]> {
  // The related filter asks for the whole set first, then for each group of it.
  const ofRun = groupsOfSet.get(ctx) ?? new WeakMap<Resource, string[]>();
  groupsOfSet.set(ctx, ofRun);
  const known = asgs.length === 1 && asgs[0] ? ofRun.get(asgs[0]) : undefined;
  if (known) return known;
  const info = await launchInfo(ctx, asgs);
  const ids = new Set<string>();
  for (const [, c] of info.items())
    for (const field of ['SecurityGroupIds', 'SecurityGroups'])
      for (const id of (Array.isArray(c[field]) ? c[field] : []) as unknown[])
        if (typeof id === 'string') ids.add(id);
  const all = [...ids];
  for (const a of asgs) ofRun.set(a, all);
  return all;
}

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.asg'],
  relatedType: 'aws.security-group',
  idsExpression: 'LaunchConfigurationName',
  annotationKey: 'matched-security-groups',
  reads: ['LaunchConfigurationName', 'LaunchTemplate', 'MixedInstancesPolicy', 'AutoScalingGroupName'],
  permissions: ['ec2:DescribeSecurityGroups', ...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      'Auto Scaling groups by the security groups of the launch configurations and templates: value filter options apply to each group. As in Cloud Custodian, every Auto Scaling group of the run is compared with the security groups of all of their configurations and templates together. Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
  resolve: {
    ids: (rs, ctx) => securityGroupIds(rs, ctx),
    fetch: (ids, ctx) => relatedById(ctx, 'aws.security-group', idFieldOf(ctx, 'aws.security-group'), ids),
  },
});
