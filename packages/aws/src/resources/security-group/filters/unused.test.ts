import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import unused from './unused.js';

// Two pages of interfaces use sg-a and sg-e; sg-b's rule references sg-c; sg-d references only
// itself; sg-p is referenced from a peered VPC; sg-classic has no VPC.
const dir = fileURLToPath(new URL('../__fixtures__/usage', import.meta.url));
const listing = () =>
  (
    JSON.parse(readFileSync(`${dir}/ec2.DescribeSecurityGroups_1.json`, 'utf8')) as {
      data: { SecurityGroups: Record<string, unknown>[] };
    }
  ).data.SecurityGroups;
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });

testFilter(unused, {
  resourceType: sgType,
  context: { provider, region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { vpc: 'vpc-1' }, messageId: 'schema' }],
  cases: [
    { name: 'groups nothing scanned uses', options: {}, resources: listing(), matches: ['sg-b', 'sg-d'] },
  ],
});

it("unused makes c7n's EC2 calls in c7n's order", async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const ev = unused.compile({}, { resourceType: sgType, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(listing(), { now: 0, provider: p });
  const calls = p.clients.session.calls;
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeNetworkInterfaces',
    'DescribeNetworkInterfaces',
    'DescribeSecurityGroups',
    'DescribeSecurityGroupReferences',
  ]);
  expect(calls[1]?.input).toEqual({ NextToken: 'page-2' });
  expect(calls[3]?.input).toEqual({ GroupId: ['sg-b', 'sg-d', 'sg-p'] });
});
