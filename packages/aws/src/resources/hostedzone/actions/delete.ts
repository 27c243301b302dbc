import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { deleteRecordSetCall } from '../../rrset/actions/_record-set.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.hostedzone'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        description:
          'First delete every record set of the zone (but the apex NS and SOA), which a zone must lose before it can be deleted.',
      },
    },
  } as const,
  permissions: ['route53:DeleteHostedZone'],
  doc: {
    summary:
      'Delete hosted zones with DeleteHostedZone (a zone gone already is fine); with `force`, its record sets are listed (ListResourceRecordSets) and deleted first, as Cloud Custodian does. A zone with records left fails with HostedZoneNotEmpty.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['Id', 'Name'],
  async plan(zones, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const z of zones) {
      const id = String(z.Id);
      if (opts.force) {
        if (!ctx.read) throw new Error('delete with force needs to list the record sets');
        let more: Record<string, unknown> | undefined = {};
        while (more) {
          const page = (await ctx.read('route53', 'ListResourceRecordSets', {
            HostedZoneId: id,
            ...more,
          })) as Record<string, unknown>;
          for (const r of (page.ResourceRecordSets ?? []) as Record<string, unknown>[]) {
            if (r.Name === z.Name && (r.Type === 'NS' || r.Type === 'SOA')) continue;
            calls.push(deleteRecordSetCall(id, r, id));
          }
          more = page.IsTruncated
            ? {
                StartRecordName: page.NextRecordName,
                StartRecordType: page.NextRecordType,
                ...(page.NextRecordIdentifier !== undefined && {
                  StartRecordIdentifier: page.NextRecordIdentifier,
                }),
              }
            : undefined;
        }
      }
      calls.push({
        service: 'route53',
        operation: 'DeleteHostedZone',
        input: { Id: id },
        resourceIds: [id],
        okErrors: ['NoSuchHostedZone'],
        describe: `delete hosted zone ${String(z.Name)}`,
      });
    }
    return calls;
  },
});
