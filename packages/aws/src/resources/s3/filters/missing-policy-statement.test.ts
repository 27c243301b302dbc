import { testFilter } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import missingPolicyStatement from './missing-policy-statement.js';

const withSids = (Name: string, ...sids: string[]) => ({
  Name,
  Policy: JSON.stringify({
    Statement: sids.map((Sid) => ({ Sid, Effect: 'Deny', Principal: '*', Action: 's3:*' })),
  }),
});
const buckets = [
  withSids('both', 'RequireEncryptedPutObject', 'DenyHttp'),
  withSids('one', 'DenyHttp'),
  withSids('none'),
  { Name: 'no-policy', Policy: null },
];

testFilter(missingPolicyStatement, {
  resourceType: s3,
  valid: [{ statement_ids: ['DenyHttp'] }],
  invalid: [{ options: { statement_ids: 'DenyHttp' }, messageId: 'schema', path: ['statement_ids'] }],
  cases: [
    {
      name: 'buckets lacking any listed id, and buckets without a policy',
      options: { statement_ids: ['RequireEncryptedPutObject', 'DenyHttp'] },
      resources: buckets,
      matches: ['one', 'none', 'no-policy'],
    },
    {
      name: 'no ids: only buckets without a policy',
      options: {},
      resources: buckets,
      matches: ['no-policy'],
    },
  ],
});
