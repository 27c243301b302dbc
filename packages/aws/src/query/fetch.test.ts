import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import ami from '../resources/ami/resource.js';
import ebs from '../resources/ebs/resource.js';
import ebsSnapshot from '../resources/ebs-snapshot/resource.js';
import ec2 from '../resources/ec2/resource.js';
import networkAddr from '../resources/network-addr/resource.js';
import rds from '../resources/rds/resource.js';
import rdsSnapshot from '../resources/rds-snapshot/resource.js';
import s3 from '../resources/s3/resource.js';
import securityGroup from '../resources/security-group/resource.js';
import sns from '../resources/sns/resource.js';
import sqs from '../resources/sqs/resource.js';
import { type AwsResourceType, awsResource } from '../resources/types.js';
import { fetchResourcePages, fetchResources } from './fetch.js';

const dir = fileURLToPath(new URL('./__fixtures__/tagging', import.meta.url));
const byIdDir = fileURLToPath(new URL('./__fixtures__/by-id', import.meta.url));

describe('fetchResources', () => {
  it('fills Tags from the Resource Groups Tagging API by generated ARN list, [] when not named', async () => {
    const { kind: _k, provider: _p, fields: _f, ...base } = ebs;
    const universal = awsResource({
      ...base,
      source: { ...ebs.source, tags: { kind: 'tagging-api', resourceTypeFilter: 'ec2:volume' } },
    });
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const rs = await fetchResources(universal, { clients });
    // As Cloud Custodian's universal_augment: one GetResources per 100 ARNs, not paged.
    expect(rs.map((r) => r.Tags)).toEqual([[], [{ Key: 'A', Value: '1' }]]);
    expect(clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeVolumes', { MaxResults: 1000 }],
      [
        'GetResources',
        {
          ResourceARNList: [
            'arn:aws:ec2:us-east-1:111122223333:volume/vol-0001',
            'arn:aws:ec2:us-east-1:111122223333:volume/vol-0002',
          ],
        },
      ],
    ]);
  });

  it('stops with an error when a page token repeats, instead of looping', async () => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    await expect(fetchResources(ec2, { clients })).rejects.toThrow(/same page token twice/);
  });

  it('fails naming the flight file when replay data is missing', async () => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const rds = (await import('../resources/rds/resource.js')).default;
    await expect(fetchResources(rds, { clients })).rejects.toThrow(/rds\.DescribeDBInstances_1\.json/);
  });
});

describe('fetchResources of attribute-map types', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

  it('sqs: each listed URL becomes a queue of its GetQueueAttributes (All) map; a deleted queue is dropped', async () => {
    const clients = createClients({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: fixture('sqs'),
    });
    const rs = await fetchResources(sqs, { clients, needs: new Set() });
    expect(rs).toEqual([
      {
        QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
        QueueName: 'orders',
        QueueArn: 'arn:aws:sqs:us-east-1:111122223333:orders',
        MessageRetentionPeriod: '345600',
        CreatedTimestamp: '1700000000',
        Tags: [{ Key: 'team', Value: 'shop' }],
      },
    ]);
    expect(clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListQueues', { MaxResults: 1000 }],
      [
        'GetQueueAttributes',
        { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders', AttributeNames: ['All'] },
      ],
      [
        'GetQueueAttributes',
        { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/deleted', AttributeNames: ['All'] },
      ],
      ['GetResources', { ResourceARNList: ['arn:aws:sqs:us-east-1:111122223333:orders'] }],
    ]);
  });

  it('sns: GetTopicAttributes is merged into the topic, even when the policy reads no attribute', async () => {
    const clients = createClients({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: fixture('sns'),
    });
    const rs = await fetchResources(sns, { clients, needs: new Set() });
    expect(rs).toEqual([
      {
        TopicArn: 'arn:aws:sns:us-east-1:111122223333:alerts',
        Owner: '111122223333',
        DisplayName: 'Alerts',
        KmsMasterKeyId: 'alias/aws/sns',
        Tags: [],
      },
    ]);
    expect(clients.session.calls.map((c) => c.operation)).toEqual([
      'ListTopics',
      'GetTopicAttributes',
      'GetResources',
    ]);
  });
});

describe('fetchResources by id', () => {
  const fetchByIds = async (rt: AwsResourceType, ids: string[], query?: Record<string, unknown>[]) => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: byIdDir });
    // No detail calls: only the listing's input is under test.
    const rs = await fetchResources(rt, { clients, ids, query, needs: new Set() });
    return { ids: rs.map((r) => r[rt.id]), calls: clients.session.calls.map((c) => [c.operation, c.input]) };
  };

  // Cloud Custodian's get_resources: the id parameter alone (its enum_spec adds nothing for
  // these types); list defaults such as MaxResults and Owners belong to resources() only.
  const cases: [AwsResourceType, string, string, Record<string, unknown>][] = [
    [ec2, 'i-0001', 'DescribeInstances', { InstanceIds: ['i-0001'] }],
    [ebs, 'vol-0001', 'DescribeVolumes', { VolumeIds: ['vol-0001'] }],
    [ebsSnapshot, 'snap-0001', 'DescribeSnapshots', { SnapshotIds: ['snap-0001'] }],
    [ami, 'ami-0001', 'DescribeImages', { ImageIds: ['ami-0001'] }],
    [securityGroup, 'sg-0001', 'DescribeSecurityGroups', { GroupIds: ['sg-0001'] }],
    [networkAddr, 'eipalloc-0001', 'DescribeAddresses', { AllocationIds: ['eipalloc-0001'] }],
    [rds, 'db-1', 'DescribeDBInstances', { DBInstanceIdentifier: 'db-1' }],
    [rdsSnapshot, 'snap-1', 'DescribeDBSnapshots', { DBSnapshotIdentifier: 'snap-1' }],
  ];
  for (const [rt, id, operation, input] of cases) {
    it(`${rt.type} sends ${Object.keys(input).join()} alone`, async () => {
      // The flight file answers both items whatever the input: the server filters, not us.
      expect((await fetchByIds(rt, [id])).calls).toEqual([[operation, input]]);
    });
  }

  it('drops the policy query too, as c7n', async () => {
    const got = await fetchByIds(ami, ['ami-0001'], [{ Owners: ['amazon'] }]);
    expect(got.calls).toEqual([['DescribeImages', { ImageIds: ['ami-0001'] }]]);
  });

  it('lists everything and keeps the ids for a scalar id filter given several ids', async () => {
    const got = await fetchByIds(rds, ['db-2', 'db-9']);
    expect(got).toEqual({ ids: ['db-2'], calls: [['DescribeDBInstances', {}]] });
  });

  it('lists everything and keeps the ids for a type without an id filter', async () => {
    const got = await fetchByIds(s3, ['b-2']);
    expect(got).toEqual({ ids: ['b-2'], calls: [['ListBuckets', {}]] });
  });

  it('makes no call for no ids', async () => {
    expect(await fetchByIds(ebs, [])).toEqual({ ids: [], calls: [] });
  });

  it('drops an id EC2 says does not exist and asks again for the others, as c7n', async () => {
    const replay = fileURLToPath(new URL('./__fixtures__/bad-volume-id', import.meta.url));
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay });
    const rs = await fetchResources(ebs, { clients, ids: ['vol-kept', 'vol-gone'], needs: new Set() });
    expect(rs.map((r) => r.VolumeId)).toEqual(['vol-kept']);
    expect(clients.session.calls.map((c) => c.input)).toEqual([
      { VolumeIds: ['vol-kept', 'vol-gone'] },
      { VolumeIds: ['vol-kept'] },
    ]);
  });

  it('drops every image id EC2 names at once', async () => {
    const replay = fileURLToPath(new URL('./__fixtures__/bad-image-ids', import.meta.url));
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay });
    const ids = ['ami-gone1', 'ami-kept', 'ami-gone2'];
    const rs = await fetchResources(ami, { clients, ids, needs: new Set() });
    expect(rs.map((r) => r.ImageId)).toEqual(['ami-kept']);
    expect(clients.session.calls.map((c) => c.input)).toEqual([
      { ImageIds: ids },
      { ImageIds: ['ami-kept'] },
    ]);
  });
});

describe('fetchResourcePages', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
  const clientsOf = (replay: string) =>
    createClients({ regions: ['us-east-1'], accountId: '111122223333', replay });

  it('gives what fetchResources gives, with the same calls, a page at a time', async () => {
    const whole = clientsOf(fixture('sqs'));
    const paged = clientsOf(fixture('sqs'));
    // sqs: per-resource detail calls; its tags come in batches, so take them as inline here.
    const inlineTags = awsResource({
      ...(({ kind: _k, provider: _p, fields: _f, ...base }) => base)(sqs),
      source: { ...sqs.source, tags: { kind: 'inline' } },
    });
    const expected = await fetchResources(inlineTags, { clients: whole, needs: new Set() });
    const pages: unknown[][] = [];
    for await (const page of fetchResourcePages(inlineTags, { clients: paged, needs: new Set() })!)
      pages.push(page);
    expect(pages.flat()).toEqual(expected);
    expect(paged.session.calls.map((c) => c.operation)).toEqual(whole.session.calls.map((c) => c.operation));
  });

  it('declines what paging would change: ids, AWS Config, tags fetched in batches across pages', () => {
    const clients = clientsOf(dir);
    expect(fetchResourcePages(ec2, { clients, ids: ['i-1'] })).toBeUndefined();
    expect(fetchResourcePages(ec2, { clients, source: 'config' })).toBeUndefined();
    expect(fetchResourcePages(sqs, { clients })).toBeUndefined();
    expect(fetchResourcePages(ec2, { clients })).toBeDefined();
  });
});
