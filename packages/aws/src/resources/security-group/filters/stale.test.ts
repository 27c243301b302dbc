import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import stale from './stale.js';

// sg-a (vpc-1) has a stale inbound rule; sg-b (vpc-1) has none; sg-c (vpc-2) has a stale outbound
// rule on the second page of vpc-2's answer; sg-classic has no VPC. vpc-1's answer also names
// sg-filtered-out, which is not among the groups given.
const dir = fileURLToPath(new URL('../__fixtures__/stale', import.meta.url));
const listing = () =>
  (
    JSON.parse(readFileSync(`${dir}/ec2.DescribeSecurityGroups_1.json`, 'utf8')) as {
      data: { SecurityGroups: Record<string, unknown>[] };
    }
  ).data.SecurityGroups;
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const provider = await replay();

testFilter(stale, {
  resourceType: sgType,
  context: { provider, region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { vpc: 'vpc-1' }, messageId: 'schema' }],
  cases: [
    { name: 'EC2-Classic groups need no call', options: {}, resources: listing().slice(3), matches: [] },
    { name: 'groups AWS reports stale', options: {}, resources: listing(), matches: ['sg-a', 'sg-c'] },
  ],
});

async function run(rs: Record<string, unknown>[]) {
  const p = await replay();
  const ev = stale.compile({}, { resourceType: sgType, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  return { p, out: await ev.process(rs, { now: 0, provider: p, region: 'us-east-1' }) };
}

it('asks once per VPC, in first-seen order, following NextToken', async () => {
  const { p } = await run(listing());
  expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['DescribeStaleSecurityGroups', { VpcId: 'vpc-1' }],
    ['DescribeStaleSecurityGroups', { VpcId: 'vpc-2' }],
    ['DescribeStaleSecurityGroups', { VpcId: 'vpc-2', NextToken: 'page-2' }],
  ]);
});

it("records the stale rules in c7n's Matched* keys, replacing earlier ones", async () => {
  const [a, , c] = listing();
  const old = [{ IpProtocol: '-1' }];
  const { out } = await run([{ ...a, MatchedIpPermissions: old }, listing()[1]!, c!]);
  expect(out.map((r) => r.GroupId)).toEqual(['sg-a', 'sg-c']);
  expect(out[0]?.MatchedIpPermissions).toEqual([
    {
      IpProtocol: 'tcp',
      FromPort: 443,
      ToPort: 443,
      UserIdGroupPairs: [
        {
          GroupId: 'sg-gone',
          UserId: '111122223333',
          VpcId: 'vpc-9',
          VpcPeeringConnectionId: 'pcx-1',
          PeeringStatus: 'deleted',
        },
      ],
    },
  ]);
  expect(out[0]?.MatchedIpPermissionsEgress).toEqual([]);
  expect(out[1]?.MatchedIpPermissions).toEqual([]);
  expect(out[1]?.MatchedIpPermissionsEgress).toMatchObject([{ FromPort: 5432, ToPort: 5432 }]);
});
