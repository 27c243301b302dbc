import type { Address } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'disassociate',
  resources: ['aws.network-addr'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DisassociateAddress'],
  doc: {
    summary:
      'Disassociate Elastic IP addresses from their instance or network interface without releasing them (DisassociateAddress by association id). Unassociated addresses are left alone; an association already gone counts as done.',
    example: '- type: disassociate',
  },
  reads: () => ['AllocationId', 'AssociationId'],
  plan(resources: Address[]) {
    const calls: PlannedCall[] = [];
    for (const a of resources) {
      if (!a.AssociationId) continue;
      calls.push({
        service: 'ec2',
        operation: 'DisassociateAddress',
        input: { AssociationId: a.AssociationId },
        resourceIds: [a.AllocationId ?? a.AssociationId],
        describe: `disassociate ${a.PublicIp ?? a.AllocationId} (${a.AssociationId})`,
        // c7n means to ignore an association already gone (its check misspells the key and
        // raises instead); the intent is kept.
        okErrors: ['InvalidAssociationID.NotFound'],
      });
    }
    return calls;
  },
});
