/** Cloud Custodian's `generate_rrset`: the record set members a DELETE change names it by. */
const KEYS = ['Name', 'Type', 'TTL', 'SetIdentifier', 'Region', 'AliasTarget', 'ResourceRecords'] as const;

export function changeRecordSet(rrset: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(KEYS.filter((k) => k in rrset).map((k) => [k, rrset[k]]));
}

/** A ChangeResourceRecordSets that deletes one record set; a change AWS refuses is ignored, as c7n. */
export function deleteRecordSetCall(zoneId: string, rrset: Record<string, unknown>, resourceId: string) {
  return {
    service: 'route53',
    operation: 'ChangeResourceRecordSets',
    input: {
      HostedZoneId: zoneId,
      ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: changeRecordSet(rrset) }] },
    },
    resourceIds: [resourceId],
    okErrors: ['InvalidChangeBatch'],
    describe: `delete the ${String(rrset.Type)} record ${String(rrset.Name)} of ${zoneId}`,
  };
}
