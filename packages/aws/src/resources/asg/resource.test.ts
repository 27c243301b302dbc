import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { resourceArn } from '../../common/tagging/index.js';
import { fetchResources } from '../../query/index.js';
import asg from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/paged', import.meta.url));
const replay = () => createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });

it('aws.asg pages by NextToken and keeps the inline Tags, with no tagging call', async () => {
  const clients = replay();
  const rs = await fetchResources(asg, { clients });
  expect(rs.map((r) => r.AutoScalingGroupName)).toEqual(['web', 'batch']);
  expect(rs[0]?.Tags).toEqual([
    {
      ResourceId: 'web',
      ResourceType: 'auto-scaling-group',
      Key: 'Owner',
      Value: 'team-a',
      PropagateAtLaunch: true,
    },
  ]);
  expect(rs[1]?.Tags).toEqual([]);
  expect(clients.session.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
    'autoscaling.DescribeAutoScalingGroups',
    'autoscaling.DescribeAutoScalingGroups',
  ]);
  expect(clients.session.calls[1]?.input).toEqual({ NextToken: 't2' });
  expect(resourceArn(asg, rs[0] ?? {}, { region: 'us-east-1', accountId: '111122223333' })).toMatch(
    /^arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:.*:autoScalingGroupName\/web$/,
  );
});

it('aws.asg fetches by name with AutoScalingGroupNames, all names in one call (event modes)', async () => {
  const clients = replay();
  await fetchResources(asg, { clients, ids: ['web', 'batch'] });
  expect(clients.session.calls[0]?.input).toEqual({ AutoScalingGroupNames: ['web', 'batch'] });
});

it('aws.asg lists without the query, as Cloud Custodian does (validation warns about it)', async () => {
  const clients = replay();
  await fetchResources(asg, { clients, query: [{ Filters: [{ Name: 'tag:Owner', Values: ['team-a'] }] }] });
  expect(clients.session.calls[0]?.input).toEqual({});
});
