import { describe, expect, it } from 'vitest';
import { cloudtrailPattern, mergePattern, samePattern } from './event-pattern.js';

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
