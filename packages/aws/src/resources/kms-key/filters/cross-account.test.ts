import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import aliases from '../../kms/resource.js';
import keys from '../resource.js';
import crossAccount from './cross-account.js';

// GetKeyPolicy in call order: another account allowed; everyone, but only through the own
// account (kms:CallerAccount) and a service; everyone calling from another account.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url)),
  });

async function run(options: Record<string, unknown>, resources: Resource[]) {
  const provider = await replay();
  const ev = crossAccount.compile(options, {
    resourceType: keys,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(resources, { now: 0, provider, accountId: '123456789012' });
  return { out, calls: provider.clients.session.calls };
}

testFilter(crossAccount, {
  resourceType: keys,
  valid: [{}, { whitelist: ['222233334444'] }],
  invalid: [{ options: { whitelist: '222233334444' }, messageId: 'schema' }],
});

it('matches keys whose policy lets another account in; kms:CallerAccount restricts', async () => {
  const { out, calls } = await run({}, [{ KeyId: 'k-1' }, { KeyId: 'k-2' }, { KeyId: 'k-3' }]);
  expect(out.map((r) => r.KeyId)).toEqual(['k-1', 'k-3']);
  expect(out[0]?.CrossAccountViolations).toEqual([expect.objectContaining({ Sid: 'Other' })]);
  expect(calls.map((c) => c.input)).toEqual([
    { KeyId: 'k-1', PolicyName: 'default' },
    { KeyId: 'k-2', PolicyName: 'default' },
    { KeyId: 'k-3', PolicyName: 'default' },
  ]);
});

it('allows whitelisted callers, and reads an alias by the key it targets', async () => {
  const { out, calls } = await run({ whitelist: ['222233334444'] }, [
    { AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/a', TargetKeyId: 'k-1' },
  ]);
  expect(out).toEqual([]);
  expect(calls.map((c) => c.input)).toEqual([{ KeyId: 'k-1', PolicyName: 'default' }]);
  expect(crossAccount.resources).toEqual([aliases.type, keys.type]);
});
