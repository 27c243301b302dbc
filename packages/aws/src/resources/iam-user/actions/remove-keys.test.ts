import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import removeKeys from './remove-keys.js';

// ListAccessKeys: an old Active key (2020) and a new Inactive one (2026), then none.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/keys', import.meta.url)),
});
const key = (id: string, date: string) => ({ AccessKeyId: id, CreateDate: new Date(date) });

testAction<Record<string, unknown>>(removeKeys, {
  resourceType: resource,
  now: Date.UTC(2026, 5, 1),
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}, { disable: true, age: 90 }, { matched: true }],
  invalid: [
    { options: { matched: true, age: 90 }, messageId: 'matched-and-age' },
    { options: { age: 'old' }, messageId: 'schema', path: ['age'] },
  ],
  cases: [
    {
      name: 'every key, listed when no filter annotated them',
      options: {},
      resources: [{ UserName: 'alice' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeleteAccessKey',
          input: { UserName: 'alice', AccessKeyId: 'AKIAOLD0000000000001' },
          resourceIds: ['alice'],
        },
        { operation: 'DeleteAccessKey', input: { UserName: 'alice', AccessKeyId: 'AKIANEW0000000000002' } },
      ],
    },
    {
      name: 'age and disable: old keys made Inactive',
      options: { age: 90, disable: true },
      resources: [
        {
          UserName: 'alice',
          'c7n:AccessKeys': [key('AKIA1', '2020-01-01T00:00:00Z'), key('AKIA2', '2026-05-01T00:00:00Z')],
        },
      ],
      calls: [
        {
          operation: 'UpdateAccessKey',
          input: { UserName: 'alice', AccessKeyId: 'AKIA1', Status: 'Inactive' },
        },
      ],
    },
    {
      name: 'matched: the access-key matches, and credential matches by rotation date',
      options: { matched: true },
      resources: [
        {
          UserName: 'alice',
          'c7n:AccessKeys': [key('AKIA1', '2020-01-01T00:00:00Z'), key('AKIA2', '2026-01-01T00:00:00Z')],
          'c7n:matched-keys': [{ 'c7n:match-type': 'credential', last_rotated: '2026-01-01T00:00:00+00:00' }],
        },
        { UserName: 'bob', 'c7n:AccessKeys': [key('AKIA3', '2020-01-01T00:00:00Z')] },
      ],
      calls: [{ operation: 'DeleteAccessKey', input: { UserName: 'alice', AccessKeyId: 'AKIA2' } }],
    },
  ],
});
