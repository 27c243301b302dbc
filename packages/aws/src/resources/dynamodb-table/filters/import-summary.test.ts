import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import importSummary from './import-summary.js';

// ListImports in call order: orders' two pages (COMPLETED CSV, then FAILED), ledger's IN_PROGRESS.
const flight = fileURLToPath(new URL('../__fixtures__/imports-exports', import.meta.url));
const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/';
const resources = [
  { TableName: 'orders', TableArn: `${ARN}orders` },
  { TableName: 'ledger', TableArn: `${ARN}ledger` },
];
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(importSummary, {
  resourceType: tables,
  context: { provider: await provider() },
  valid: [{ key: 'ImportStatus', value: 'FAILED' }],
  invalid: [{ options: { key: 'ImportStatus', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'every page of a table is read',
      options: { key: 'ImportStatus', op: 'in', value: ['FAILED', 'IN_PROGRESS'] },
      resources,
      matches: ['orders', 'ledger'],
    },
  ],
});

it('keeps only the matching summaries', async () => {
  const p = await provider();
  const ev = importSummary.compile(
    { key: 'ImportStatus', value: 'COMPLETED' },
    {
      resourceType: tables,
      policyName: 't',
      registry: p.registry,
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider: p, region: 'us-east-1' });
  expect(
    out.map((t) => [
      t.TableName,
      (t['c7n:ImportSummary'] as { ImportArn: string }[]).map((s) => s.ImportArn),
    ]),
  ).toEqual([['orders', [`${ARN}orders/import/01`]]]);
});
