import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import s3 from '../resource.js';
import globalGrants from './global-grants.js';

const ALL = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const grant = (URI: string, Permission: string) => ({ Grantee: { Type: 'Group', URI }, Permission });
const owner = { Grantee: { Type: 'CanonicalUser', ID: 'abc' }, Permission: 'FULL_CONTROL' };
const bucket = (Name: string, grants: unknown[], Website: unknown = null) => ({
  Name,
  Acl: { Owner: { ID: 'abc' }, Grants: [owner, ...grants] },
  Website,
});

const buckets = [
  bucket('private', []),
  bucket('public-read', [grant(ALL, 'READ')]),
  bucket('site', [grant(ALL, 'READ')], { IndexDocument: { Suffix: 'index.html' } }),
  bucket('auth-acp', [grant(AUTH, 'READ_ACP')]),
  bucket('log-delivery', [grant('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE')]),
  { Name: 'no-acl', Acl: null },
];

testFilter(globalGrants, {
  resourceType: s3,
  valid: [{ allow_website: false }, { permissions: ['READ_ACP', 'WRITE'] }, { operator: 'and' }],
  invalid: [{ options: { permissions: ['LIST'] }, messageId: 'schema', path: ['permissions', '0'] }],
  cases: [
    {
      name: 'global grants; public READ on a website is allowed',
      options: {},
      resources: buckets,
      matches: ['public-read', 'auth-acp'],
    },
    {
      name: 'allow_website false',
      options: { allow_website: false },
      resources: buckets,
      matches: ['public-read', 'site', 'auth-acp'],
    },
    {
      name: 'only the listed permissions',
      options: { permissions: ['READ_ACP'] },
      resources: buckets,
      matches: ['auth-acp'],
    },
  ],
});

it('global-grants annotates GlobalPermissions and reads Website only when it can matter', () => {
  const b = structuredClone(buckets[1]!) as Record<string, unknown>;
  const ev = globalGrants.compile({}, { resourceType: s3, policyName: 't', registry: undefined as never });
  if (ev.kind !== 'match') throw new Error('expected a per-resource filter');
  expect(ev.match(b, { now: 0 })).toBe(true);
  expect(b.GlobalPermissions).toEqual(['READ']);
  expect(globalGrants.reads?.({}, s3)).toEqual(['Acl', 'Website']);
  expect(globalGrants.reads?.({ permissions: ['READ_ACP'] }, s3)).toEqual(['Acl']);
  expect(globalGrants.reads?.({ allow_website: false }, s3)).toEqual(['Acl']);
});
