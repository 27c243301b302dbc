import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import deleteGlobalGrants from './delete-global-grants.js';

const owner = { DisplayName: 'acme', ID: 'abc123' };
const ALL = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const ownerGrant = { Grantee: { ID: 'abc123', DisplayName: 'acme' }, Permission: 'FULL_CONTROL' };
const acl = (...Grants: unknown[]) => ({ Owner: owner, Grants });
const typedOwner = { Grantee: { ...ownerGrant.Grantee, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };

testAction(deleteGlobalGrants, {
  resourceType: s3,
  valid: [{}, { grantees: [ALL] }],
  invalid: [
    { options: { grantees: ALL }, messageId: 'schema', path: ['grantees'] },
    { options: { permissions: ['READ'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'removes grants to AllUsers and AuthenticatedUsers, typing the grantees kept',
      options: {},
      resources: [
        {
          Name: 'open',
          Acl: acl(
            ownerGrant,
            { Grantee: { URI: ALL }, Permission: 'READ' },
            { Grantee: { URI: AUTH }, Permission: 'WRITE' },
          ),
          Website: null,
        },
        { Name: 'no-grants', Acl: acl() },
      ] as Resource[],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketAcl',
          input: { Bucket: 'open', AccessControlPolicy: { Owner: owner, Grants: [typedOwner] } },
          resourceIds: ['open'],
          describe: 'remove 2 global grants from the ACL of open',
          okErrors: ['NoSuchBucket'],
        },
      ],
    },
    {
      name: 'keeps public READ on a website bucket, and grantees not named',
      options: { grantees: [ALL] },
      resources: [
        {
          Name: 'site',
          Acl: acl(
            { Grantee: { URI: ALL }, Permission: 'READ' },
            { Grantee: { URI: AUTH }, Permission: 'READ' },
          ),
          Website: { IndexDocument: { Suffix: 'index.html' } },
        },
      ] as Resource[],
      calls: [
        {
          input: {
            Bucket: 'site',
            AccessControlPolicy: {
              Owner: owner,
              Grants: [
                { Grantee: { URI: ALL, Type: 'Group' }, Permission: 'READ' },
                { Grantee: { URI: AUTH, Type: 'Group' }, Permission: 'READ' },
              ],
            },
          },
          describe: 'remove 0 global grants from the ACL of site',
        },
      ],
    },
  ],
});
