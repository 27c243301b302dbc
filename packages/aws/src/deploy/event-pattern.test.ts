import { describe, expect, it } from 'vitest';
import { cloudtrailPattern, mergePattern, modePattern, samePattern } from './event-pattern.js';

describe('cloudtrail event pattern', () => {
  it('has c7n shape: detail-type and detail eventSource/eventName, sources once each', () => {
    expect(
      cloudtrailPattern([
        'RunInstances',
        'CreateBucket',
        { source: 'ec2.amazonaws.com', event: 'CreateVolume', ids: 'responseElements.volumeId' },
      ]),
    ).toEqual({
      'detail-type': ['AWS API Call via CloudTrail'],
      detail: {
        eventSource: ['ec2.amazonaws.com', 's3.amazonaws.com'],
        eventName: ['RunInstances', 'CreateBucket', 'CreateVolume'],
      },
    });
  });

  it("uses the CloudTrail event name when a shortcut's differs (Lambda's versioned names)", () => {
    expect(cloudtrailPattern(['CreateFunction']).detail).toEqual({
      eventSource: ['lambda.amazonaws.com'],
      eventName: ['CreateFunction20150331'],
    });
  });

  it('matches console sign-ins under their own detail-type', () => {
    expect(cloudtrailPattern(['ConsoleLogin'])['detail-type']).toEqual([
      'AWS Console Sign In via CloudTrail',
    ]);
    expect(cloudtrailPattern(['ConsoleLogin', 'RunInstances'])['detail-type']).toEqual([
      'AWS API Call via CloudTrail',
      'AWS Console Sign In via CloudTrail',
    ]);
  });

  it('merges mode.pattern: it adds keys, the generated leaves win', () => {
    expect(
      cloudtrailPattern(['RunInstances'], {
        detail: { userIdentity: { type: ['IAMUser'] }, eventName: ['Other'] },
        account: ['111122223333'],
      }),
    ).toEqual({
      account: ['111122223333'],
      'detail-type': ['AWS API Call via CloudTrail'],
      detail: {
        userIdentity: { type: ['IAMUser'] },
        eventSource: ['ec2.amazonaws.com'],
        eventName: ['RunInstances'],
      },
    });
    expect(mergePattern({ a: [1] }, { a: { b: 1 } })).toEqual({ a: [1] });
  });

  it('compares patterns whatever their key order', () => {
    expect(samePattern('{"a":[1],"b":{"c":["x"],"d":["y"]}}', '{"b":{"d":["y"],"c":["x"]},"a":[1]}')).toBe(
      true,
    );
    expect(samePattern('{"a":[1,2]}', '{"a":[2,1]}')).toBe(false);
    expect(samePattern(undefined, '{}')).toBe(false);
    expect(samePattern(undefined, undefined)).toBe(true);
  });
});

describe('patterns of the other event modes (c7n/mu.py render_event_pattern)', () => {
  it('ec2-instance-state: the state-change notification for the listed states', () => {
    expect(modePattern({ type: 'ec2-instance-state', events: ['running', 'stopped'] }, 'aws.ec2')).toEqual({
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['running', 'stopped'] },
    });
  });

  it('asg-instance-state: aws.autoscaling with the detail-types the events name', () => {
    expect(
      modePattern({ type: 'asg-instance-state', events: ['launch-failure', 'terminate-success'] }, 'aws.asg'),
    ).toEqual({
      source: ['aws.autoscaling'],
      'detail-type': ['EC2 Instance Launch Unsuccessful', 'EC2 Instance Terminate Successful'],
    });
    expect(
      modePattern(
        {
          type: 'asg-instance-state',
          events: ['launch-success'],
          pattern: { detail: { AutoScalingGroupName: ['web'] } },
        },
        'aws.asg',
      ),
    ).toEqual({
      source: ['aws.autoscaling'],
      'detail-type': ['EC2 Instance Launch Successful'],
      detail: { AutoScalingGroupName: ['web'] },
    });
  });

  it('phd: aws.health with type codes and categories; statuses are not in the rule', () => {
    expect(
      modePattern(
        { type: 'phd', events: ['AWS_EBS_VOLUME_LOST'], categories: ['issue'], statuses: ['open'] },
        'aws.ebs',
      ),
    ).toEqual({
      source: ['aws.health'],
      detail: { eventTypeCode: ['AWS_EBS_VOLUME_LOST'], eventTypeCategory: ['issue'] },
    });
    expect(modePattern({ type: 'phd', events: [] }, 'aws.ebs')).toEqual({ source: ['aws.health'] });
  });

  it('guard-duty: findings about instances for ec2', () => {
    expect(modePattern({ type: 'guard-duty' }, 'aws.ec2')).toEqual({
      source: ['aws.guardduty'],
      'detail-type': ['GuardDuty Finding'],
      detail: { resource: { resourceType: ['Instance'] } },
    });
  });

  it('merges mode.pattern, the generated leaves winning', () => {
    expect(
      modePattern(
        {
          type: 'ec2-instance-state',
          events: ['running'],
          pattern: { source: ['x'], account: ['111122223333'] },
        },
        'aws.ec2',
      ),
    ).toMatchObject({ source: ['aws.ec2'], account: ['111122223333'] });
  });

  it('has no pattern for the modes without a rule pattern', () => {
    expect(modePattern({ type: 'periodic' }, 'aws.ec2')).toBeUndefined();
  });
});
