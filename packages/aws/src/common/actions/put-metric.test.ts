import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ec2 from '../../resources/ec2/resource.js';
import putMetric from './put-metric.js';

const now = Date.UTC(2026, 11, 6, 21, 0, 0);
const instances = () => [
  { InstanceId: 'i-1', CpuOptions: { CoreCount: 2 }, BlockDeviceMappings: [{ DeviceName: '/dev/xvda' }] },
  {
    InstanceId: 'i-2',
    CpuOptions: { CoreCount: 4 },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda' }, { DeviceName: '/dev/xvdb' }],
  },
  { InstanceId: 'i-3' },
];
const base = { namespace: 'Usage', metric_name: 'Disks' };

testAction(putMetric, {
  resourceType: ec2,
  now,
  valid: [
    { key: 'InstanceId', namespace: 'N', metric_name: 'M' },
    { key: 'CpuOptions.CoreCount', namespace: 'N', metric_name: 'M', op: 'sum', units: 'None' },
    { key: 'InstanceId', namespace: 'N', metric_name: 'M', dimensions: [{ Team: 'a' }, { Env: 'prod' }] },
  ],
  invalid: [
    { options: { key: 'Tags[?', namespace: 'N', metric_name: 'M' }, messageId: 'key', path: ['key'] },
    { options: { namespace: 'N', metric_name: 'M' }, messageId: 'schema' },
    { options: { key: 'a', metric_name: 'M' }, messageId: 'schema' },
    { options: { key: 'a', namespace: 'N' }, messageId: 'schema' },
    { options: { key: 'a', namespace: 'N', metric_name: 'M', op: 'max' }, messageId: 'schema', path: ['op'] },
    { options: { key: 'a', namespace: 'N', metric_name: 'M', units: 'Hours' }, messageId: 'schema' },
    { options: { key: 'a', namespace: 'N', metric_name: 'M', dimensions: { A: 'b' } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'count (the default) of the values the key finds, in one PutMetricData for all resources',
      options: { ...base, key: 'BlockDeviceMappings[].DeviceName', dimensions: [{ Team: 'core', Tier: 2 }] },
      resources: instances(),
      calls: [
        {
          service: 'monitoring',
          operation: 'PutMetricData',
          input: {
            Namespace: 'Usage',
            MetricData: [
              {
                MetricName: 'Disks',
                Dimensions: [
                  { Name: 'Team', Value: 'core' },
                  { Name: 'Tier', Value: '2' },
                ],
                Timestamp: new Date(now),
                Value: 3,
                Unit: 'Count',
              },
            ],
          },
          resourceIds: ['i-1', 'i-2', 'i-3'],
        },
      ],
    },
    {
      name: 'distinct_count',
      options: { ...base, key: 'BlockDeviceMappings[].DeviceName', op: 'distinct_count' },
      resources: instances(),
      calls: [{ input: { MetricData: [expect.objectContaining({ Value: 2 })] } }],
    },
    {
      name: 'sum',
      options: { ...base, key: 'CpuOptions.CoreCount', op: 'sum', units: 'None' },
      resources: instances(),
      calls: [{ input: { MetricData: [expect.objectContaining({ Value: 6, Unit: 'None' })] } }],
    },
    {
      name: 'average over the values found (resources without one do not count)',
      options: { ...base, key: 'CpuOptions.CoreCount', op: 'average' },
      resources: instances(),
      calls: [{ input: { MetricData: [expect.objectContaining({ Value: 3 })] } }],
    },
    {
      name: 'average of nothing is 0',
      options: { ...base, key: 'Missing', op: 'average' },
      resources: instances(),
      calls: [{ input: { MetricData: [expect.objectContaining({ Value: 0 })] } }],
    },
  ],
});

describe('put-metric', () => {
  it('applies to every type', () => {
    expect(putMetric.resources).toBe('*');
  });

  it('fails the action when sum meets a value that is not a number, as Python does', async () => {
    const ctx = { now, resourceType: ec2 } as never;
    const opts = { ...base, key: 'InstanceId', op: 'sum', units: 'Count' } as const;
    await expect(async () => putMetric.plan(instances(), opts, ctx)).rejects.toThrow(/cannot add up/);
  });
});
