import { defineAction, type PlannedCall } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';

type VpcOptions = { SecurityGroupIds?: string[]; VPCId?: string };

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.elasticsearch'],
  options: modifyGroupsOptions,
  permissions: ['es:UpdateElasticsearchDomainConfig', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on domains (UpdateElasticsearchDomainConfig VPCOptions.SecurityGroupIds, one call per domain, as Cloud Custodian). Groups are named by id or by name (resolved in the domain's VPC); `remove` also takes `matched`, `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  add: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => ['DomainName', 'VPCOptions', 'c7n:matched-security-groups', 'c7n:NetworkLocation'],
  async plan(domains, opts, ctx) {
    if (!domains.length) return [];
    const attachments: Attachment[] = domains.map((d) => {
      const vpc = (d.VPCOptions ?? {}) as VpcOptions;
      return {
        groups: [...(vpc.SecurityGroupIds ?? [])],
        vpcId: vpc.VPCId || undefined,
        resource: d,
        resourceId: String(d.DomainName),
      };
    });
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'es',
        operation: 'UpdateElasticsearchDomainConfig',
        input: { DomainName: a.resourceId, VPCOptions: { SecurityGroupIds: targets[n] ?? [] } },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
