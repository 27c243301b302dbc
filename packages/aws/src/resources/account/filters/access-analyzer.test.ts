import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import accessAnalyzer from './access-analyzer.js';

testFilter(accessAnalyzer, {
  resourceType: account,
  valid: [{ key: 'status', value: 'ACTIVE', op: 'eq' }],
  invalid: [{ options: { key: 'status', value: 'ACTIVE', op: 'like' }, messageId: 'schema' }],
});

it.each([
  [{ key: 'status', value: 'ACTIVE' }, ['acct']],
  [{ key: 'type', value: 'ORGANIZATION' }, ['org']],
  [{ key: 'status', value: 'CREATING' }, []],
] as const)('%j keeps the analyzers %j', async (options, names) => {
  const { matched, account: a, calls } = await runOnAccount(accessAnalyzer, 'analyzers', options);
  expect(matched).toBe(names.length ? 1 : 0);
  expect((a['c7n:matched-analyzers'] as Resource[]).map((x) => x.name)).toEqual(names);
  expect(calls.map((c) => c.operation)).toEqual(['ListAnalyzers']);
});
