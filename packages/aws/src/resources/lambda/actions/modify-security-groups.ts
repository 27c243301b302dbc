import { defineAction, type PlannedCall } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';

type VpcConfig = { SecurityGroupIds?: string[]; VpcId?: string };

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.lambda'],
  options: modifyGroupsOptions,
  permissions: ['lambda:UpdateFunctionConfiguration', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on VPC-attached functions (UpdateFunctionConfiguration VpcConfig.SecurityGroupIds); functions outside a VPC are left alone, as Cloud Custodian. Groups are named by id or by name (resolved in the function's VPC); `remove` also takes `matched`, `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  add: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => ['FunctionName', 'VpcConfig', 'c7n:matched-security-groups', 'c7n:NetworkLocation'],
  async plan(functions, opts, ctx) {
    // c7n skips a function without a VpcConfig key; ListFunctions returns one (possibly empty) for VPC functions only.
    const attached = functions.filter((f) => f.VpcConfig !== undefined);
    if (!attached.length) return [];
    const attachments: Attachment[] = attached.map((f) => {
      const vpc = f.VpcConfig as VpcConfig;
      return {
        groups: [...(vpc.SecurityGroupIds ?? [])],
        vpcId: vpc.VpcId || undefined,
        resource: f,
        resourceId: String(f.FunctionName),
      };
    });
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'lambda',
        operation: 'UpdateFunctionConfiguration',
        input: { FunctionName: a.resourceId, VpcConfig: { SecurityGroupIds: targets[n] ?? [] } },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
