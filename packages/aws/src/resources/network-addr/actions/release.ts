import type { Address } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

const associated = (a: Address) => a.AssociationId !== undefined && a.AssociationId !== null;

export default defineAction({
  type: 'release',
  resources: ['aws.network-addr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description: 'Disassociate addresses in use and release them too; without it they are skipped.',
      },
    },
  } as const,
  permissions: (opts) => ['ec2:ReleaseAddress', ...(opts.force ? ['ec2:DisassociateAddress'] : [])],
  doc: {
    summary:
      'Release Elastic IP addresses by allocation id. Addresses associated with an instance or interface are skipped unless `force` disassociates them first.',
    example: '- type: release\n  force: true',
  },
  reads: () => ['AllocationId', 'AssociationId'],
  plan(resources: Address[], opts, ctx) {
    // EC2-Classic addresses have no allocation id and are not listed.
    const withId = resources.filter((a) => a.AllocationId);
    const free = withId.filter((a) => !associated(a));
    const inUse = withId.filter(associated);
    if (inUse.length && !opts.force)
      ctx.log?.(
        'warn',
        `release: skipped ${inUse.length} associated address(es); use force: true to release them`,
      );
    const calls: PlannedCall[] = [];
    const released = opts.force ? [...free, ...inUse] : free;
    // As c7n: every disassociation first, then the releases (free addresses before the others).
    if (opts.force)
      for (const a of inUse)
        calls.push({
          service: 'ec2',
          operation: 'DisassociateAddress',
          input: { AssociationId: a.AssociationId },
          resourceIds: [a.AllocationId as string],
          describe: `disassociate ${a.PublicIp ?? a.AllocationId} (${a.AssociationId})`,
          okErrors: ['InvalidAssociationID.NotFound'],
        });
    for (const a of released)
      calls.push({
        service: 'ec2',
        operation: 'ReleaseAddress',
        input: { AllocationId: a.AllocationId },
        resourceIds: [a.AllocationId as string],
        describe: `release ${a.PublicIp ? `${a.PublicIp} (${a.AllocationId})` : a.AllocationId}`,
        okErrors: ['InvalidAllocationID.NotFound'],
      });
    return calls;
  },
});
