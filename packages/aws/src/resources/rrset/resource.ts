import type { Resource } from '@c7n-ts/core';
import { awsResource, type ListHook, type SendFn } from '../types.js';

/** Cloud Custodian's ChildResourceQuery annotation naming the parent hosted zone. */
export const PARENT_ID = 'c7n:parent-id';

async function pages(
  send: SendFn,
  operation: string,
  input: Record<string, unknown>,
  next: (page: Record<string, unknown>) => Record<string, unknown> | undefined,
) {
  const out: Record<string, unknown>[] = [];
  let request = input;
  for (;;) {
    const page = await send(operation, request);
    out.push(page);
    const more = next(page);
    if (!more) return out;
    request = { ...input, ...more };
  }
}

/**
 * A record set is a child of its hosted zone (c7n's ChildResourceManager with parent_spec
 * `hostedzone`): the zones are listed (ListHostedZones, without their tag augment), then
 * ListResourceRecordSets per zone, each record set annotated with its zone's `Id`.
 */
const listRecordSets: ListHook = async ({ send }) => {
  const zonePages = await pages(send, 'ListHostedZones', {}, (p) =>
    p.IsTruncated && p.NextMarker ? { Marker: p.NextMarker } : undefined,
  );
  const zoneIds = zonePages.flatMap((p) => ((p.HostedZones ?? []) as Resource[]).map((z) => String(z.Id)));
  const out: Resource[] = [];
  for (const zoneId of zoneIds) {
    // The API pages by the next record's name, type and set identifier together.
    const recordPages = await pages(send, 'ListResourceRecordSets', { HostedZoneId: zoneId }, (p) =>
      p.IsTruncated
        ? {
            StartRecordName: p.NextRecordName,
            StartRecordType: p.NextRecordType,
            ...(p.NextRecordIdentifier !== undefined && { StartRecordIdentifier: p.NextRecordIdentifier }),
          }
        : undefined,
    );
    for (const p of recordPages)
      for (const r of (p.ResourceRecordSets ?? []) as Resource[]) out.push({ ...r, [PARENT_ID]: zoneId });
  }
  return out;
};

export default awsResource({
  type: 'aws.rrset',
  aliases: ['rrset'],
  id: 'Name',
  name: 'Name',
  taggable: false,
  permissions: ['route53:ListHostedZones', 'route53:ListResourceRecordSets'],
  extraFields: [PARENT_ID],
  doc: {
    summary:
      "Route 53 resource record sets: the hosted zones are listed (ListHostedZones), then each zone's record sets (ListResourceRecordSets), as Cloud Custodian lists a child type; each record set names its zone in `c7n:parent-id`.",
    example: ['name: cname-records', 'resource: aws.rrset', 'filters:', '  - Type: CNAME'].join('\n'),
  },
  source: {
    service: 'route53',
    list: { operation: 'ListResourceRecordSets', items: 'ResourceRecordSets' },
    listHook: listRecordSets,
    tags: { kind: 'none' },
    arn: { service: 'route53', resourceType: 'rrset', separator: '/', idField: 'Name', global: true },
    cfnType: 'AWS::Route53::RecordSet',
    shape: { service: 'route53', name: 'ResourceRecordSet' },
  },
});
