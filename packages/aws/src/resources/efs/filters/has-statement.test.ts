import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import fileSystems from '../resource.js';
import hasStatement from './has-statement.js';

// DescribeFileSystemPolicy in call order: fs-1 denies access without TLS; fs-2 has no policy.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/has-statement', import.meta.url)),
  });
const fsArn = (id: string) => `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`;
const listed = () =>
  ['fs-1', 'fs-2'].map((id) => ({ FileSystemId: id, FileSystemArn: fsArn(id) })) as Resource[];

async function run(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = hasStatement.compile(options, {
    resourceType: fileSystems,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const resources = listed();
  const out = await ev.process(resources, {
    now: 0,
    provider,
    accountId: '123456789012',
    region: 'us-east-1',
  });
  return { ids: out.map((r) => r.FileSystemId), resources, calls: provider.clients.session.calls };
}

const tls = {
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: '*',
  Resource: '{fs_arn}',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

testFilter(hasStatement, {
  resourceType: fileSystems,
  valid: [{ statement_ids: ['tls'] }, { statements: [tls] }],
  invalid: [{ options: { statements: [{ Action: '*' }] }, messageId: 'schema' }],
});

it('matches file systems whose policy has the statement, {fs_arn} filled in', async () => {
  const { ids, resources, calls } = await run({ statements: [tls] });
  expect(ids).toEqual(['fs-1']);
  expect(resources[1]?.['c7n:Policy']).toBeNull();
  expect(calls.map((c) => c.input)).toEqual([{ FileSystemId: 'fs-1' }, { FileSystemId: 'fs-2' }]);
});

it('by statement id, partial match, and never without a policy', async () => {
  expect((await run({ statement_ids: ['tls'] })).ids).toEqual(['fs-1']);
  expect((await run({ statement_ids: ['other'] })).ids).toEqual([]);
  expect(
    (await run({ statements: [{ Effect: 'Deny', Action: ['*'], PartialMatch: 'Action' }] })).ids,
  ).toEqual(['fs-1']);
});
