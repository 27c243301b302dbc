import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import rds from '../../resources/rds/resource.js';
import kmsAlias from './kms-alias.js';

const flight = fileURLToPath(new URL('./__fixtures__/kms-alias', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data, two pages: alias/app -> 1111..., alias/aws/s3 (no target), alias/aws/rds -> 2222...
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/';
const resources = [
  { DBInstanceIdentifier: 'db-app', KmsKeyId: `${KEY}1111aaaa-0000-0000-0000-000000000001` },
  { DBInstanceIdentifier: 'db-managed', KmsKeyId: `${KEY}2222bbbb-0000-0000-0000-000000000002` },
  { DBInstanceIdentifier: 'db-bare-id', KmsKeyId: '2222bbbb-0000-0000-0000-000000000002' },
  { DBInstanceIdentifier: 'db-no-alias', KmsKeyId: `${KEY}3333cccc-0000-0000-0000-000000000003` },
  { DBInstanceIdentifier: 'db-plain' },
];

testFilter(kmsAlias, {
  resourceType: rds,
  context: { provider: await replay() },
  valid: [
    { key: 'AliasName', value: '^(alias/aws/)', op: 'regex' },
    { key: 'AliasName', value: 'absent' },
  ],
  invalid: [
    { options: { key: 'AliasName' }, messageId: 'missing-value' },
    { options: { key: 'AliasName', value: 'x', alias: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'AWS managed keys by alias regex',
      options: { key: 'AliasName', value: '^(alias/aws/)', op: 'regex' },
      resources,
      matches: ['db-managed', 'db-bare-id'],
    },
    {
      name: 'a customer alias',
      options: { key: 'AliasName', value: 'alias/app' },
      resources,
      matches: ['db-app'],
    },
    {
      name: 'keys without an alias and unencrypted resources never match',
      options: { key: 'AliasName', value: 'present' },
      resources,
      matches: ['db-app', 'db-managed', 'db-bare-id'],
    },
  ],
});

describe('kms-alias calls', () => {
  it('pages through ListAliases once and keeps the alias under KeyAlias', async () => {
    const provider = await replay();
    const ev = kmsAlias.compile(
      { key: 'AliasName', value: 'alias/app' },
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider });
    expect(out).toEqual([
      {
        ...resources[0],
        KeyAlias: {
          AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/app',
          AliasName: 'alias/app',
          TargetKeyId: '1111aaaa-0000-0000-0000-000000000001',
        },
      },
    ]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListAliases', {}],
      ['ListAliases', { Marker: 'page2' }],
    ]);
  });
});
