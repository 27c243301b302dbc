import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import efs from '../../resources/efs/resource.js';
import kmsKey, { normalizeKeyId } from './kms-key.js';

const flight = fileURLToPath(new URL('./__fixtures__/kms-key', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: alias/aws/efs -> 1111 (AWS managed), alias/app -> 2222 (customer, tagged team=data),
// alias/aws/s3 has no target; DescribeKey answers 1111, 2222, then NotFound for 9999.
const ARN = 'arn:aws:kms:us-east-1:123456789012:';
const resources = [
  { FileSystemId: 'fs-aws', KmsKeyId: `${ARN}key/1111aaaa-0000-0000-0000-000000000001` },
  { FileSystemId: 'fs-app', KmsKeyId: 'alias/app', Description: 'app data' },
  { FileSystemId: 'fs-plain' },
  { FileSystemId: 'fs-gone', KmsKeyId: '9999dddd-0000-0000-0000-000000000009' },
];

testFilter(kmsKey, {
  resourceType: efs,
  context: { provider: await replay() },
  valid: [
    { key: 'c7n:AliasName', value: '^(alias/aws/)', op: 'regex' },
    { key: 'KeyManager', value: 'AWS', operator: 'and' },
    { key: 'KeyManager', 'match-resource': true },
  ],
  invalid: [
    { options: { key: 'KeyManager' }, messageId: 'missing-value' },
    { options: { key: 'KeyManager', value: 'AWS', operator: 'xor' }, messageId: 'schema' },
    { options: { key: 'KeyManager', value: 'AWS', alias: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'AWS managed keys by their first alias',
      options: { key: 'c7n:AliasName', value: '^(alias/aws/)', op: 'regex' },
      resources,
      matches: ['fs-aws'],
    },
    {
      name: 'a key named by its alias, by a DescribeKey field',
      options: { key: 'KeyManager', value: 'CUSTOMER' },
      resources,
      matches: ['fs-app'],
    },
    {
      name: "the key's tags",
      options: { key: 'tag:team', value: 'data' },
      resources,
      matches: ['fs-app'],
    },
    {
      name: 'a key KMS does not know has every key absent',
      options: { key: 'Description', value: 'absent' },
      resources,
      matches: ['fs-gone'],
    },
    {
      name: "match-resource: the key's Description equals the resource's own",
      options: { key: 'Description', 'match-resource': true },
      resources,
      matches: ['fs-app'],
    },
    {
      name: 'operator and: every key named matches, so a resource naming none matches too (as c7n)',
      options: { key: 'KeyManager', value: 'AWS', operator: 'and' },
      resources,
      matches: ['fs-aws', 'fs-plain'],
    },
    {
      name: 'resource_count counts the keys named',
      options: { key: 'KeyId', value_type: 'resource_count', op: 'eq', value: 0 },
      resources,
      matches: ['fs-plain'],
    },
  ],
});

describe('kms-key calls', () => {
  it('lists aliases, describes each key once, reads their tags, and annotates the matches', async () => {
    const provider = await replay();
    const ev = kmsKey.compile(
      { key: 'c7n:AliasName', value: 'alias/app' },
      { resourceType: efs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider });
    expect(out).toEqual([
      { ...resources[1], 'c7n:matched-kms-key': ['2222bbbb-0000-0000-0000-000000000002'] },
    ]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListAliases', {}],
      ['DescribeKey', { KeyId: '1111aaaa-0000-0000-0000-000000000001' }],
      ['DescribeKey', { KeyId: '2222bbbb-0000-0000-0000-000000000002' }],
      ['DescribeKey', { KeyId: '9999dddd-0000-0000-0000-000000000009' }],
      [
        'GetResources',
        {
          ResourceARNList: [
            `${ARN}key/1111aaaa-0000-0000-0000-000000000001`,
            `${ARN}key/2222bbbb-0000-0000-0000-000000000002`,
          ],
        },
      ],
    ]);
  });

  it('from ten keys on, reads the whole (run-cached) kms-key listing instead of describing each', async () => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fileURLToPath(new URL('./__fixtures__/kms-key-listing', import.meta.url)),
    });
    const many = Array.from({ length: 10 }, (_, i) => ({
      FileSystemId: `fs-${i}`,
      KmsKeyId: `${String(i).repeat(4)}0000-0000-0000-0000-00000000000${i}`,
    }));
    const ev = kmsKey.compile(
      { key: 'c7n:AliasName', value: '^(alias/aws/)', op: 'regex' },
      { resourceType: efs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(many, { now: 0, provider });
    expect(out.map((r) => r.FileSystemId)).toEqual(['fs-0']);
    const ops = provider.clients.session.calls.map((c) => c.operation);
    // The listing completes its keys with its own alias listing: one ListAliases more than c7n,
    // whose filter and listing share one resource manager.
    expect(ops).toEqual([
      'ListAliases',
      'ListKeys',
      'DescribeKey',
      'ListAliases',
      ...Array.from({ length: 9 }, () => 'DescribeKey'),
      'GetResources',
    ]);
  });

  it.each([
    ['a key ARN', `${ARN}key/1111`, '1111'],
    ['an alias ARN of a listed alias', `${ARN}alias/app`, '2222'],
    ['a listed alias name', 'alias/app', '2222'],
    ['an alias nobody lists', 'alias/aws/s3', 'alias/aws/s3'],
    ['a bare key id', '3333', '3333'],
  ])('normalizes %s', (_name, raw, id) => {
    expect(normalizeKeyId(raw, new Map([['alias/app', '2222']]))).toBe(id);
  });
});
