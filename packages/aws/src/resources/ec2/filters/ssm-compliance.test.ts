import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import ssmCompliance from './ssm-compliance.js';

// Two pages of summaries: i-01 Patch CRITICAL (run 2024-02-28), then i-03 Association (run
// 2023-06-01) and i-01 Patch HIGH (run 2023-06-02). i-02 has none.
const now = Date.parse('2024-03-01T00:00:00Z');
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/ssm-compliance', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];
const recent = {
  type: 'value',
  key: 'ExecutionSummary.ExecutionTime',
  value_type: 'age',
  value: 30,
  op: 'lt',
};

testFilter(ssmCompliance, {
  resourceType: ec2,
  now,
  context: { provider: await replay() },
  valid: [
    { compliance_types: ['Patch'] },
    {
      compliance_types: ['Patch'],
      states: ['COMPLIANT'],
      op: 'and',
      eval_filters: [recent, { ComplianceType: 'Patch' }],
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { compliance_types: ['Patch'], states: ['FAILED'] },
      messageId: 'schema',
      path: ['states', '0'],
    },
    { options: { compliance_types: ['Patch'], op: 'xor' }, messageId: 'schema', path: ['op'] },
    {
      options: { compliance_types: ['Patch'], eval_filters: [{ type: 'ssm', key: 'x' }] },
      messageId: 'unknown-filter',
    },
  ],
  cases: [
    {
      name: 'every summary counts',
      options: { compliance_types: ['Patch'] },
      resources: instances,
      matches: ['i-01', 'i-03'],
    },
    {
      name: 'eval_filters: run in the last 30 days',
      options: { compliance_types: ['Patch'], eval_filters: [recent] },
      resources: instances,
      matches: ['i-01'],
    },
    {
      name: 'op and: every eval filter must pass',
      options: {
        compliance_types: ['Patch'],
        op: 'and',
        eval_filters: [recent, { ComplianceType: 'Association' }],
      },
      resources: instances,
      matches: [],
    },
  ],
});

it('sends the status, type and severity filters on every page and keeps the summaries', async () => {
  const provider = await replay();
  const ev = ssmCompliance.compile(
    { compliance_types: ['Association', 'Patch'], severity: ['CRITICAL', 'HIGH'], states: ['NON_COMPLIANT'] },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(instances);
  await ev.process(rs, { now, provider });
  expect(rs[0]?.['c7n:ssm-compliance']).toHaveLength(2);
  const filters = [
    { Key: 'Status', Values: ['NON_COMPLIANT'], Type: 'EQUAL' },
    { Key: 'ComplianceType', Values: ['Association', 'Patch'], Type: 'EQUAL' },
    { Key: 'OverallSeverity', Values: ['CRITICAL', 'HIGH'], Type: 'EQUAL' },
  ];
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { Filters: filters },
    { Filters: filters, NextToken: 'page-2' },
  ]);
});
