import { testAction } from '@c7n-ts/core/testing';
import { describe } from 'vitest';
import type { UserIdentity } from '../creator/identity.js';
import {
  assumedRole,
  awsService,
  bridged,
  federatedUser,
  iamUser,
  instanceRole,
  lambdaRole,
  root,
} from '../creator/test-records.js';
import { ec2, instances, registry, tagList } from '../test-fixtures.js';
import autoTagUser from './auto-tag-user.js';

// Event mode: the creator comes from the triggering event. Pull mode (CloudTrail event
// history) is tested in ../creator/trail-history.test.ts.

const tagged = (tags: Record<string, string>, ...ids: string[]) => ({
  service: 'ec2',
  operation: 'CreateTags',
  input: { Resources: ids, Tags: tagList(tags) },
});

testAction(autoTagUser, {
  resourceType: ec2,
  registry,
  context: { event: bridged(iamUser) },
  valid: [
    { tag: 'Creator' },
    { tag: 'Creator', 'user-type': ['IAMUser', 'AssumedRole', 'FederatedUser', 'Root'] },
    { tag: 'Creator', update: true, principal_id_tag: 'CreatorId', value: 'sourceIPAddress' },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { tag: 'Creator', 'user-type': ['AWSService'] },
      messageId: 'schema',
      path: ['user-type', '0'],
    },
    { options: { tag: 'Creator', value: 'accountId' }, messageId: 'schema', path: ['value'] },
    { options: { tag: 'Creator', full_principal_id_tag: 'Id' }, messageId: 'schema' },
    {
      options: { tag: 'Creator', principal_id_tag: 'Creator' },
      messageId: 'same-key',
      path: ['principal_id_tag'],
    },
  ],
  cases: [
    {
      name: 'IAMUser: the user name, on every resource of the event',
      options: { tag: 'Creator' },
      resources: instances(2),
      calls: [tagged({ Creator: 'Alice' }, 'i-000', 'i-001')],
    },
    {
      name: 'IAMUser: principal_id_tag gets the user id',
      options: { tag: 'Creator', principal_id_tag: 'CreatorId' },
      resources: instances(1),
      calls: [tagged({ Creator: 'Alice', CreatorId: 'AIDAJ45Q7YFFAREXAMPLE' }, 'i-000')],
    },
    {
      name: 'update false (default) keeps an existing tag',
      options: { tag: 'Creator' },
      resources: [...instances(1), { InstanceId: 'i-001', Tags: tagList({ Creator: 'someone' }) }],
      calls: [tagged({ Creator: 'Alice' }, 'i-000')],
    },
    {
      name: 'update true overwrites it',
      options: { tag: 'Creator', update: true },
      resources: [...instances(1), { InstanceId: 'i-001', Tags: tagList({ Creator: 'someone' }) }],
      calls: [tagged({ Creator: 'Alice' }, 'i-000', 'i-001')],
    },
    {
      name: 'nothing to plan when every resource has the tag',
      options: { tag: 'Creator' },
      resources: instances(2, { Creator: 'x' }),
      calls: [],
    },
    {
      name: 'value: arn',
      options: { tag: 'Creator', value: 'arn' },
      resources: instances(1),
      calls: [tagged({ Creator: 'arn:aws:iam::123456789012:user/Alice' }, 'i-000')],
    },
    {
      name: 'value: sourceIPAddress',
      options: { tag: 'Creator', value: 'sourceIPAddress' },
      resources: instances(1),
      calls: [tagged({ Creator: '203.0.113.7' }, 'i-000')],
    },
    {
      name: 'value: principalId (Cloud Custodian accepts it too)',
      options: { tag: 'Creator', value: 'principalId' },
      resources: instances(1),
      calls: [tagged({ Creator: 'AIDAJ45Q7YFFAREXAMPLE' }, 'i-000')],
    },
    {
      name: 'user-type without IAMUser skips the IAM user',
      options: { tag: 'Creator', 'user-type': ['AssumedRole'] },
      resources: instances(1),
      calls: [],
    },
  ],
});

/** One case per identity type, with the event of that identity. */
function identityCases(
  name: string,
  identity: UserIdentity,
  cases: { options: Record<string, unknown>; tags?: Record<string, string> }[],
) {
  describe(name, () => {
    testAction(autoTagUser, {
      resourceType: ec2,
      registry,
      context: { event: bridged(identity) },
      cases: cases.map((c) => ({
        name: `${JSON.stringify(c.options)} -> ${c.tags ? JSON.stringify(c.tags) : 'no tag'}`,
        options: c.options,
        resources: instances(1),
        calls: c.tags ? [tagged(c.tags, 'i-000')] : [],
      })),
    });
  });
}

identityCases('AssumedRole', assumedRole, [
  { options: { tag: 'C' }, tags: { C: 'jane.doe@example.com' } },
  {
    options: { tag: 'C', principal_id_tag: 'Id' },
    tags: { C: 'jane.doe@example.com', Id: 'AROAIDPPEZS35WEXAMPLE' },
  },
  { options: { tag: 'C', value: 'userName' }, tags: { C: 'DevOps' } },
  { options: { tag: 'C', value: 'arn' }, tags: { C: assumedRole.arn as string } },
]);
identityCases('FederatedUser', federatedUser, [
  { options: { tag: 'C', principal_id_tag: 'Id' }, tags: { C: 'Bob', Id: '123456789012' } },
  { options: { tag: 'C', value: 'userName' }, tags: { C: 'fed-broker' } },
]);
identityCases('Root', root, [
  { options: { tag: 'C' } },
  {
    options: { tag: 'C', 'user-type': ['Root'], principal_id_tag: 'Id' },
    tags: { C: 'root', Id: '123456789012' },
  },
]);
identityCases('AWSService', awsService, [{ options: { tag: 'C' } }]);
identityCases('instance role session', instanceRole, [{ options: { tag: 'C' } }]);
identityCases('old-style Lambda session', lambdaRole, [{ options: { tag: 'C' } }]);
