import { fileURLToPath } from 'node:url';
import { appliesTo, type Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ami from '../../resources/ami/resource.js';
import ebs from '../../resources/ebs/resource.js';
import ec2 from '../../resources/ec2/resource.js';
import rds from '../../resources/rds/resource.js';
import s3 from '../../resources/s3/resource.js';
import metrics, { metricWindow } from './metrics.js';

// GetMetricStatistics answers, in call order: Average 1.5 and 3 (Maximum 40 and 20), Average
// 10 (Maximum 90), and no datapoints. Each case reads three instances, so the counter wraps.
const dir = fileURLToPath(new URL('./__fixtures__/metrics', import.meta.url));
const extendedDir = fileURLToPath(new URL('./__fixtures__/metrics-extended', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const now = Date.UTC(2026, 11, 6, 21, 30, 15, 500);
const instances = (): Resource[] => [
  { InstanceId: 'i-1', Cap: 100 },
  { InstanceId: 'i-2', Cap: 100 },
  { InstanceId: 'i-3', Cap: 100 },
];

testFilter(metrics, {
  resourceType: ec2,
  now,
  context: { provider, region: 'us-east-1' },
  valid: [
    { name: 'CPUUtilization', value: 30 },
    { name: 'CPUUtilization', value: 30, statistics: 'p99.9', days: 455, 'period-start': 'start-of-day' },
    { name: 'VolumeIdleTime', value: 1, dimensions: { Stage: 'prod' }, 'missing-value': 0, period: 3600 },
  ],
  invalid: [
    {
      options: { name: 'CPUUtilization', value: 1, statistics: 'Median' },
      messageId: 'statistics',
      path: ['statistics'],
    },
    { options: { name: 'CPUUtilization', value: 1, days: 456 }, messageId: 'days', path: ['days'] },
    { options: { name: 'CPUUtilization' }, messageId: 'schema' },
    { options: { value: 1 }, messageId: 'schema' },
    { options: { name: 'CPUUtilization', value: 1, op: 'lessthan' }, messageId: 'schema', path: ['op'] },
    { options: { name: 'CPUUtilization', value: 1, 'period-start': 'noon' }, messageId: 'schema' },
    { options: { name: 'CPUUtilization', value: 1, dimensions: { A: 1 } }, messageId: 'schema' },
  ],
  cases: [
    // Every datapoint must meet the condition; no datapoints is no match.
    {
      name: 'op defaults to less-than',
      options: { name: 'CPUUtilization', value: 5 },
      resources: instances(),
      matches: ['i-1'],
    },
    {
      name: 'missing-value fills an empty answer',
      options: { name: 'CPUUtilization', value: 5, 'missing-value': 0 },
      resources: instances(),
      matches: ['i-1', 'i-3'],
    },
    {
      name: 'op gte',
      options: { name: 'CPUUtilization', value: 10, op: 'gte' },
      resources: instances(),
      matches: ['i-2'],
    },
    {
      name: 'statistics Maximum',
      options: { name: 'CPUUtilization', value: 50, statistics: 'Maximum', op: 'gt' },
      resources: instances(),
      matches: ['i-2'],
    },
    {
      name: 'percent-attr',
      options: { name: 'CPUUtilization', value: 50, statistics: 'Maximum', op: 'lt', 'percent-attr': 'Cap' },
      resources: instances(),
      matches: ['i-1'],
    },
    {
      name: 'percent-attr with attr-multiplier',
      options: {
        name: 'CPUUtilization',
        value: 50,
        statistics: 'Maximum',
        op: 'lt',
        'percent-attr': 'Cap',
        'attr-multiplier': 2,
      },
      resources: instances(),
      matches: ['i-1', 'i-2'],
    },
  ],
});

describe('metrics', () => {
  it('applies to the types declaring CloudWatch metrics', () => {
    for (const rt of [ec2, ebs, rds, s3]) expect(appliesTo(metrics.resources, rt)).toBe(true);
    expect(appliesTo(metrics.resources, ami)).toBe(false);
  });

  it("aligns the window to CloudWatch's resolution by its length", () => {
    const iso = (w: { start: number; end: number }) => [
      new Date(w.start).toISOString(),
      new Date(w.end).toISOString(),
    ];
    expect(iso(metricWindow(0.1, now, 'auto'))).toEqual([
      '2026-12-06T19:06:16.000Z',
      '2026-12-06T21:30:16.000Z',
    ]);
    expect(iso(metricWindow(14, now, 'auto'))).toEqual([
      '2026-11-22T21:31:00.000Z',
      '2026-12-06T21:31:00.000Z',
    ]);
    expect(iso(metricWindow(30, now, 'auto'))).toEqual([
      '2026-11-06T21:35:00.000Z',
      '2026-12-06T21:35:00.000Z',
    ]);
    expect(iso(metricWindow(90, now, 'auto'))).toEqual([
      '2026-09-07T22:00:00.000Z',
      '2026-12-06T22:00:00.000Z',
    ]);
    expect(iso(metricWindow(1, now, 'start-of-day'))).toEqual([
      '2026-12-05T00:00:00.000Z',
      '2026-12-06T00:00:00.000Z',
    ]);
  });

  it('calls once per resource with its dimension, and keeps the answer in c7n.metrics', async () => {
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: ec2, policyName: 't', registry: p.registry };
    const ev = metrics.compile(
      {
        name: 'CPUUtilization',
        value: 5,
        statistics: 'Average',
        days: 1,
        'period-start': 'auto',
        op: 'lt',
        dimensions: { Stage: 'x' },
      },
      cctx,
    );
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    const rs = instances();
    await ev.process(rs, { now, provider: p, region: 'us-east-1' });
    // A second pass reads the annotation: no more calls.
    await ev.process(rs, { now, provider: p, region: 'us-east-1' });
    expect(p.clients.session.calls.map((c) => c.operation)).toEqual(Array(3).fill('GetMetricStatistics'));
    expect(p.clients.session.calls[0]?.input).toEqual({
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      StartTime: new Date('2026-12-05T21:31:00Z'),
      EndTime: new Date('2026-12-06T21:31:00Z'),
      Period: 86400,
      Dimensions: [
        { Name: 'InstanceId', Value: 'i-1' },
        { Name: 'Stage', Value: 'x' },
      ],
      Statistics: ['Average'],
    });
    expect(Object.keys(rs[0]?.['c7n.metrics'] as object)).toEqual(['AWS/EC2.CPUUtilization.Average.1']);
  });

  it('adds S3 NumberOfObjects its StorageType, reading the bucket Name', async () => {
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: s3, policyName: 't', registry: p.registry };
    const opts = { statistics: 'Average', days: 14, 'period-start': 'auto', op: 'gt', value: 1 } as const;
    const ev = metrics.compile({ ...opts, name: 'NumberOfObjects' }, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    expect(await ev.process([{ Name: 'b1' }], { now, provider: p, region: 'us-east-1' })).toHaveLength(1);
    expect((p.clients.session.calls[0]?.input as Resource | undefined)?.Dimensions).toEqual([
      { Name: 'BucketName', Value: 'b1' },
      { Name: 'StorageType', Value: 'AllStorageTypes' },
    ]);
    expect(metrics.reads?.({ ...opts, name: 'NumberOfObjects' }, s3)).toEqual(['Name']);
  });

  it('names an SNS topic by the last part of its ARN, as c7n', async () => {
    const sns = (await import('../../resources/sns/resource.js')).default;
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: sns, policyName: 't', registry: p.registry };
    const opts = { statistics: 'Average', days: 14, 'period-start': 'auto', op: 'gt', value: 1 } as const;
    const ev = metrics.compile({ ...opts, name: 'NumberOfMessagesPublished' }, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    await ev.process([{ TopicArn: 'arn:aws:sns:us-east-1:111122223333:alerts' }], {
      now,
      provider: p,
      region: 'us-east-1',
    });
    expect((p.clients.session.calls[0]?.input as Resource | undefined)?.Dimensions).toEqual([
      { Name: 'TopicName', Value: 'alerts' },
    ]);
    expect(metrics.reads?.({ ...opts, name: 'NumberOfMessagesPublished' }, sns)).toEqual(['TopicArn']);
  });

  it('names an Elasticsearch domain by account (ClientId) and DomainName, as c7n', async () => {
    const es = (await import('../../resources/elasticsearch/resource.js')).default;
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: es, policyName: 't', registry: p.registry };
    const opts = { statistics: 'Average', days: 14, 'period-start': 'auto', op: 'gt', value: 1 } as const;
    const ev = metrics.compile({ ...opts, name: 'SearchRate' }, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    await ev.process([{ DomainName: 'logs' }], { now, provider: p, region: 'us-east-1' });
    expect((p.clients.session.calls[0]?.input as Resource | undefined)?.Dimensions).toEqual([
      { Name: 'ClientId', Value: '111122223333' },
      { Name: 'DomainName', Value: 'logs' },
    ]);
  });

  it('names a VPC endpoint by type, service, id and VPC, in AWS/PrivateLinkEndpoints, as c7n', async () => {
    const vpce = (await import('../../resources/vpc-endpoint/resource.js')).default;
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: vpce, policyName: 't', registry: p.registry };
    const opts = { statistics: 'Sum', days: 14, 'period-start': 'auto', op: 'gt', value: 1 } as const;
    const ev = metrics.compile({ ...opts, name: 'BytesProcessed' }, cctx);
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    const endpoint = {
      VpcEndpointId: 'vpce-1',
      VpcEndpointType: 'Interface',
      ServiceName: 'com.amazonaws.us-east-1.sqs',
      VpcId: 'vpc-1',
    };
    await ev.process([endpoint], { now, provider: p, region: 'us-east-1' });
    const input = p.clients.session.calls[0]?.input as Resource | undefined;
    expect(input?.Namespace).toBe('AWS/PrivateLinkEndpoints');
    expect(input?.Dimensions).toEqual([
      { Name: 'Endpoint Type', Value: 'Interface' },
      { Name: 'Service Name', Value: 'com.amazonaws.us-east-1.sqs' },
      { Name: 'VPC Endpoint Id', Value: 'vpce-1' },
      { Name: 'VPC Id', Value: 'vpc-1' },
    ]);
    expect(metrics.reads?.({ ...opts, name: 'BytesProcessed' }, vpce)).toEqual([
      'VpcEndpointId',
      'VpcEndpointType',
      'ServiceName',
      'VpcId',
    ]);
  });

  it('reads percentiles from ExtendedStatistics, in the namespace given', async () => {
    const p = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: extendedDir,
    });
    const cctx = { resourceType: ec2, policyName: 't', registry: p.registry };
    const base = {
      name: 'CPUUtilization',
      statistics: 'p99',
      days: 14,
      'period-start': 'auto',
      op: 'gt',
    } as const;
    const hit = metrics.compile({ ...base, value: 70, namespace: 'CWAgent' }, cctx);
    if (hit.kind !== 'process') throw new Error('expected a set-wise filter');
    expect(await hit.process(instances().slice(0, 1), { now, provider: p })).toHaveLength(1);
    expect((p.clients.session.calls[0]?.input as Resource | undefined)?.ExtendedStatistics).toEqual(['p99']);
    expect((p.clients.session.calls[0]?.input as Resource | undefined)?.Namespace).toBe('CWAgent');
  });

  it('drops the whole chunk when one resource lacks its dimension, as c7n does', async () => {
    const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const cctx = { resourceType: ec2, policyName: 't', registry: p.registry };
    const ev = metrics.compile(
      { name: 'CPUUtilization', value: 5, statistics: 'Average', days: 14, 'period-start': 'auto', op: 'lt' },
      cctx,
    );
    if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
    const logs: string[] = [];
    const rs = [...instances(), { Name: 'no-id' }];
    const out = await ev.process(rs, { now, provider: p, log: (_l, m) => logs.push(m) });
    expect(out).toEqual([]);
    expect(logs).toEqual(['CW Retrieval error: resource has no InstanceId']);
  });
});
