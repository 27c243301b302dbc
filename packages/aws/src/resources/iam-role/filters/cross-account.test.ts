import { testFilter } from '@c7n-ts/core/testing';
import roles from '../resource.js';
import crossAccount from './cross-account.js';

const trust = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
});
const resources: Record<string, unknown>[] = [
  { RoleName: 'service', AssumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }) },
  { RoleName: 'own', AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::123456789012:root' }) },
  { RoleName: 'partner', AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::112233445566:root' }) },
  { RoleName: 'anyone', AssumeRolePolicyDocument: trust({ AWS: '*' }) },
  {
    RoleName: 'anyone-in-org',
    AssumeRolePolicyDocument: trust(
      { AWS: '*' },
      { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } },
    ),
  },
  { RoleName: 'no-document' },
];

testFilter(crossAccount, {
  resourceType: roles,
  context: { accountId: '123456789012' },
  valid: [{ whitelist: ['112233445566'] }, {}],
  invalid: [{ options: { whitelist: '112233445566' }, messageId: 'schema', path: ['whitelist'] }],
  cases: [
    {
      name: 'other accounts and everyone',
      options: {},
      resources,
      matches: ['partner', 'anyone', 'anyone-in-org'],
    },
    {
      name: 'an allowed account',
      options: { whitelist: ['112233445566'] },
      resources,
      matches: ['anyone', 'anyone-in-org'],
    },
    {
      name: 'an allowed organization',
      options: { whitelist_orgids: ['o-abc'] },
      resources,
      matches: ['partner', 'anyone'],
    },
    {
      name: 'everyone only',
      options: { everyone_only: true },
      resources,
      matches: ['anyone', 'anyone-in-org'],
    },
  ],
});
