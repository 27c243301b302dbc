import { describe, expect, it } from 'vitest';
import { eventModeIds, healthEventIds } from './mode-ids.js';

describe('eventModeIds', () => {
  it('ec2-instance-state: detail.instance-id', () => {
    expect(
      eventModeIds('ec2-instance-state', { detail: { 'instance-id': 'i-1', state: 'running' } }),
    ).toEqual({
      ids: ['i-1'],
    });
    expect(eventModeIds('ec2-instance-state', { detail: {} }).ids).toEqual([]);
    expect(eventModeIds('ec2-instance-state', null).why).toMatch(/not an EC2 instance state change/);
  });

  it('asg-instance-state: detail.AutoScalingGroupName', () => {
    const event = { detail: { AutoScalingGroupName: 'web', EC2InstanceId: 'i-1', StatusCode: 'Failed' } };
    expect(eventModeIds('asg-instance-state', event)).toEqual({ ids: ['web'] });
    expect(eventModeIds('asg-instance-state', { detail: {} }).why).toMatch(
      /not an Auto Scaling instance event/,
    );
  });

  it('guard-duty: the instance of the finding', () => {
    const finding = {
      detail: { resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-2' } } },
    };
    expect(eventModeIds('guard-duty', finding)).toEqual({ ids: ['i-2'] });
    const keyFinding = {
      detail: { resource: { resourceType: 'AccessKey', accessKeyDetails: { userName: 'u' } } },
    };
    expect(eventModeIds('guard-duty', keyFinding).ids).toEqual([]);
  });
});

describe('healthEventIds', () => {
  const event = { detail: { eventArn: 'arn:aws:health:us-east-1::event/EBS/AWS_EBS_VOLUME_LOST/abc' } };

  it('reads every page of affected entities in us-east-1', async () => {
    const calls: unknown[][] = [];
    const pages = [
      { entities: [{ entityValue: 'vol-1' }], nextToken: 't2' },
      { entities: [{ entityValue: 'vol-2' }, {}] },
    ];
    const send = async (...args: unknown[]) => {
      calls.push(args);
      return pages[calls.length - 1];
    };
    const found = await healthEventIds(event, 'VolumeId', send);
    expect(found.ids).toEqual(['vol-1', 'vol-2']);
    expect(calls).toEqual([
      ['health', 'DescribeAffectedEntities', { filter: { eventArns: [event.detail.eventArn] } }, 'us-east-1'],
      [
        'health',
        'DescribeAffectedEntities',
        { filter: { eventArns: [event.detail.eventArn] }, nextToken: 't2' },
        'us-east-1',
      ],
    ]);
  });

  it('keeps the last part of an ARN entity when the id field is an ARN (c7n rsplit)', async () => {
    const send = async () => ({ entities: [{ entityValue: 'arn:aws:thing:us-east-1:1:thing/a/b' }] });
    expect((await healthEventIds(event, 'ThingArn', send)).ids).toEqual(['b']);
    expect((await healthEventIds(event, 'Id', send)).ids).toEqual(['arn:aws:thing:us-east-1:1:thing/a/b']);
  });

  it('names nothing without an eventArn, calling nothing', async () => {
    const send = async () => {
      throw new Error('no call expected');
    };
    expect(await healthEventIds({ detail: {} }, 'VolumeId', send)).toMatchObject({ ids: [] });
  });
});
