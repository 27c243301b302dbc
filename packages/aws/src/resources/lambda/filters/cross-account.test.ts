import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import lambda from '../resource.js';
import crossAccount from './cross-account.js';

const flight = fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data, GetPolicy in call order: `shared` grants account 2222..., `gone` no longer
// exists (ResourceNotFoundException), `own` grants a service only.
const functions = () => [{ FunctionName: 'shared' }, { FunctionName: 'gone' }, { FunctionName: 'own' }];

testFilter(crossAccount, {
  resourceType: lambda,
  context: { provider: await replay(), accountId: '123456789012' },
  valid: [{}, { whitelist: ['222233334444'] }, { everyone_only: true, return_allowed: true }],
  invalid: [{ options: { whitelist: '222233334444' }, messageId: 'schema', path: ['whitelist'] }],
  cases: [
    {
      name: 'a function granting another account, its policy fetched with GetPolicy',
      options: {},
      resources: functions(),
      matches: ['shared'],
    },
  ],
});

describe('lambda cross-account calls', () => {
  it('asks GetPolicy per function by name, keeps it in c7n:Policy and skips functions that have one', async () => {
    const provider = await replay();
    const ev = crossAccount.compile(
      { whitelist: ['222233334444'] },
      {
        resourceType: lambda,
        policyName: 't',
        registry: provider.registry,
      },
    );
    const rs: Record<string, unknown>[] = [
      ...functions(),
      {
        FunctionName: 'cached',
        'c7n:Policy': JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*' }] }),
      },
    ];
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(rs, { provider, accountId: '123456789012', now: Date.now() });
    expect(out.map((r) => r.FunctionName)).toEqual(['cached']);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['GetPolicy', { FunctionName: 'shared' }],
      ['GetPolicy', { FunctionName: 'gone' }],
      ['GetPolicy', { FunctionName: 'own' }],
    ]);
    expect(rs[0]?.['c7n:Policy']).toContain('222233334444');
  });
});
