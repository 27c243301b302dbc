import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import tables from '../resource.js';
import exportDescription from './export-description.js';

// ListExports in call order: orders has one export (described as COMPLETED to exports-bucket),
// ledger none.
const flight = fileURLToPath(new URL('../__fixtures__/imports-exports', import.meta.url));
const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/';
const resources = [
  { TableName: 'orders', TableArn: `${ARN}orders` },
  { TableName: 'ledger', TableArn: `${ARN}ledger` },
];

testFilter(exportDescription, {
  resourceType: tables,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'ExportStatus', value: 'COMPLETED' }],
  invalid: [{ options: { key: 'ExportStatus', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'by the DescribeExport answer; a table without exports does not match',
      options: { key: 'S3Bucket', value: 'exports-bucket' },
      resources,
      matches: ['orders'],
    },
  ],
});

it('calls DescribeExport per listed export', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  const ev = exportDescription.compile(
    { key: 'ExportStatus', value: 'COMPLETED' },
    {
      resourceType: tables,
      policyName: 't',
      registry: p.registry,
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(structuredClone(resources), { now: 0, provider: p, region: 'us-east-1' });
  expect(p.clients.session.calls.map((c) => c.operation)).toEqual([
    'ListExports',
    'DescribeExport',
    'ListExports',
  ]);
});
