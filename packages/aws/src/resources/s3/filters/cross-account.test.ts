import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import s3 from '../resource.js';
import crossAccount from './cross-account.js';

const accountsFile = fileURLToPath(new URL('../__fixtures__/cross-account/accounts.json', import.meta.url));
const allow = (Principal: unknown, extra: Record<string, unknown> = {}) => ({
  Sid: 'S',
  Effect: 'Allow',
  Principal,
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
  ...extra,
});
const bucket = (Name: string, ...Statement: unknown[]): Resource => ({
  Name,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
});
const other = { AWS: 'arn:aws:iam::222233334444:root' };
const buckets = (): Resource[] => [
  bucket('public', allow('*')),
  bucket('other-account', allow(other)),
  bucket('own-account', allow({ AWS: 'arn:aws:iam::123456789012:role/app' })),
  bucket('elb-logs', allow({ AWS: 'arn:aws:iam::127311923021:root' })),
  bucket('service', allow({ Service: 'cloudtrail.amazonaws.com' })),
  bucket('deny', { ...allow('*'), Effect: 'Deny' }),
  bucket('vpce', allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } })),
  bucket('org', allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-acme' } } })),
  bucket('userid', allow('*', { Condition: { StringLike: { 'aws:userid': 'AROA*' } } })),
  bucket('unknown-condition', allow('*', { Condition: { StringEquals: { 's3:x-amz-acl': 'private' } } })),
  { Name: 'no-policy' },
];

testFilter(crossAccount, {
  resourceType: s3,
  context: { accountId: '123456789012' },
  valid: [
    {},
    { whitelist: ['222233334444'], whitelist_vpce: ['vpce-1'], whitelist_vpc: ['vpc-1'] },
    {
      whitelist_orgids: ['o-acme'],
      whitelist_org_units: ['o-acme/r-1/ou-prod'],
      whitelist_patterns: ['AIDA*'],
    },
    {
      actions: ['s3:PutObject'],
      everyone_only: true,
      return_allowed: true,
      whitelist_conditions: ['aws:sourceip'],
    },
    {
      whitelist_orgids_from: { url: 'orgids.json' },
      whitelist_org_units_from: { url: 'org_units.json' },
      whitelist_vpce_from: { url: 'vpce.json' },
      whitelist_vpc_from: { url: 'vpc.json' },
      whitelist_patterns_from: { url: 'patterns.json' },
    },
  ],
  invalid: [
    { options: { whitelist: '222233334444' }, messageId: 'schema', path: ['whitelist'] },
    {
      options: { whitelist_org_units: ['ou-prod'] },
      messageId: 'org-unit-path',
      path: ['whitelist_org_units', 0],
    },
    {
      options: { whitelist_org_units: ['o-acme/*'] },
      messageId: 'org-unit-path',
      path: ['whitelist_org_units', 0],
    },
  ],
  cases: [
    {
      name: 'everyone or another account, without a condition that restricts it (with no whitelist_vpce, a vpce condition does)',
      options: {},
      resources: buckets(),
      matches: ['public', 'other-account', 'org', 'unknown-condition'],
    },
    {
      name: 'whitelist, whitelist_vpce and whitelist_orgids clear',
      options: { whitelist: ['222233334444'], whitelist_vpce: ['vpce-1'], whitelist_orgids: ['o-acme'] },
      resources: buckets(),
      matches: ['public', 'unknown-condition'],
    },
    {
      name: 'a vpce condition naming another endpoint does not',
      options: { whitelist_vpce: ['vpce-2'], whitelist_vpc: ['vpc-1'] },
      resources: [
        bucket('vpce', allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } })),
      ],
      matches: ['vpce'],
    },
    {
      name: 'everyone_only ignores named accounts',
      options: { everyone_only: true },
      resources: buckets(),
      matches: ['public', 'org', 'unknown-condition'],
    },
    {
      name: 'actions: only statements granting them (statement actions may be wildcards)',
      options: { actions: ['s3:PutObject'] },
      resources: [bucket('get', allow('*')), bucket('star', allow('*', { Action: 's3:*' }))],
      matches: ['star'],
    },
    {
      name: 'whitelist_conditions replaces the default (aws:userid, aws:username)',
      options: { whitelist_conditions: ['s3:x-amz-acl'] },
      resources: buckets(),
      matches: ['public', 'other-account', 'org', 'userid'],
    },
    {
      name: 'whitelist_patterns and whitelist_from',
      options: {
        whitelist_patterns: ['AIDA*'],
        whitelist_from: { url: accountsFile, expr: '[]' },
      },
      resources: [
        bucket('deleted-user', allow({ AWS: 'AIDAEXAMPLE' })),
        bucket('other-account', allow(other)),
      ],
      matches: [],
    },
    {
      name: 'org paths: whitelist_org_units trusts the named unit',
      options: { whitelist_org_units: ['o-acme/r-1/ou-prod'] },
      resources: [
        bucket(
          'prod',
          allow('*', {
            Condition: {
              'ForAnyValue:StringLike': {},
              StringLike: { 'aws:PrincipalOrgPaths': 'o-acme/r-1/ou-prod/*' },
            },
          }),
        ),
        bucket(
          'dev',
          allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgPaths': 'o-acme/r-1/ou-dev/*' } } }),
        ),
      ],
      matches: ['dev'],
    },
    {
      name: 'return_allowed matches buckets with statements that do not violate',
      options: { return_allowed: true },
      resources: [bucket('own', allow({ AWS: '123456789012' })), bucket('public', allow('*'))],
      matches: ['own'],
    },
  ],
});

it('cross-account keeps the offending statements for set-statements remove: matched', async () => {
  const ev = crossAccount.compile({}, { resourceType: s3, policyName: 't', registry: undefined as never });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const b = bucket('mixed', allow({ AWS: '123456789012' }), allow('*', { Sid: 'Public' }));
  await ev.process([b], { now: 0, accountId: '123456789012' });
  expect(b.CrossAccountViolations).toEqual([allow('*', { Sid: 'Public' })]);
  expect(crossAccount.reads?.({}, s3)).toEqual(['Policy']);
});
