import { testAction } from '@c7n-ts/core/testing';
import rrset from '../resource.js';
import deleteAction from './delete.js';

const zone = '/hostedzone/Z111';
const records = [
  {
    Name: 'example.com.',
    Type: 'NS',
    TTL: 172800,
    ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }],
    'c7n:parent-id': zone,
  },
  {
    Name: 'example.com.',
    Type: 'SOA',
    TTL: 900,
    ResourceRecords: [{ Value: 'ns-1.awsdns-00.com. x 1 7200 900 1209600 86400' }],
    'c7n:parent-id': zone,
  },
  {
    Name: 'mail.example.com.',
    Type: 'CNAME',
    TTL: 300,
    ResourceRecords: [{ Value: 'mx.example.net.' }],
    HealthCheckId: 'hc-1',
    'c7n:parent-id': zone,
  },
];

testAction(deleteAction, {
  resourceType: rrset,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'NS and SOA are kept; others deleted by their generate_rrset members',
      options: {},
      resources: records,
      calls: [
        {
          operation: 'ChangeResourceRecordSets',
          input: {
            HostedZoneId: zone,
            ChangeBatch: {
              Changes: [
                {
                  Action: 'DELETE',
                  ResourceRecordSet: {
                    Name: 'mail.example.com.',
                    Type: 'CNAME',
                    TTL: 300,
                    ResourceRecords: [{ Value: 'mx.example.net.' }],
                  },
                },
              ],
            },
          },
          resourceIds: ['mail.example.com.'],
        },
      ],
    },
  ],
});
