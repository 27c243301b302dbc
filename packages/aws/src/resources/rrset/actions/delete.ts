import { defineAction } from '@c7n-ts/core';
import { PARENT_ID } from '../resource.js';
import { deleteRecordSetCall } from './_record-set.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.rrset'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['route53:ChangeResourceRecordSets'],
  doc: {
    summary:
      "Delete record sets: one ChangeResourceRecordSets DELETE per record set in its hosted zone (`c7n:parent-id`); a zone's NS and SOA records are never deleted, and a change Route 53 refuses (InvalidChangeBatch) is ignored, as in Cloud Custodian.",
    example: '- type: delete',
  },
  reads: () => [
    'Name',
    'Type',
    'TTL',
    'SetIdentifier',
    'Region',
    'AliasTarget',
    'ResourceRecords',
    PARENT_ID,
  ],
  plan: (rrsets) =>
    rrsets
      .filter((r) => r.Type !== 'NS' && r.Type !== 'SOA')
      .map((r) => deleteRecordSetCall(String(r[PARENT_ID]), r, String(r.Name))),
});
