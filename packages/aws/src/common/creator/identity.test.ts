import { describe, expect, it } from 'vitest';
import { creatorOf, creatorTags, type TrailRecord, trailRecordOf, type UserIdentity } from './identity.js';
import {
  assumedRole,
  awsService,
  bridged,
  federatedUser,
  iamUser,
  instanceRole,
  lambdaRole,
  root,
  runInstances,
} from './test-records.js';

describe('creatorOf', () => {
  const rec = (userIdentity: UserIdentity): TrailRecord => runInstances(userIdentity, ['i-1']);

  it.each([
    ['IAMUser', iamUser, 'Alice', 'AIDAJ45Q7YFFAREXAMPLE'],
    ['AssumedRole', assumedRole, 'jane.doe@example.com', 'AROAIDPPEZS35WEXAMPLE'],
    ['FederatedUser', federatedUser, 'Bob', '123456789012'],
  ] as const)('%s', (_type, identity, user, principalId) => {
    expect(creatorOf(rec(identity), {})).toEqual({ ok: true, user, principalId, value: '' });
  });

  it.each([
    [awsService, {}, /identity type AWSService \(autoscaling.amazonaws.com\), not in user-type/],
    [root, {}, /identity type Root/],
    [instanceRole, {}, /instance role session i-0abc123/],
    [lambdaRole, {}, /Lambda role session/],
    [iamUser, { 'user-type': ['AssumedRole'] }, /IAMUser, not in user-type \[AssumedRole\]/],
    [{ ...assumedRole, arn: 'odd' }, {}, /has no session name/],
    [{}, {}, /no userIdentity type/],
  ])('skips %#', (identity, opts, reason) => {
    const got = creatorOf(rec(identity as UserIdentity), opts);
    expect(got.ok).toBe(false);
    expect(!got.ok && got.reason).toMatch(reason);
  });

  it('falls back to the user when the value is missing, as c7n does', () => {
    const creator = creatorOf(rec({ ...assumedRole, sessionContext: {} }), { value: 'userName' });
    expect(creator.ok && creatorTags(creator, { tag: 'C' })).toEqual({ C: 'jane.doe@example.com' });
  });

  it('reads the record from an EventBridge event or a raw record, not from other events', () => {
    const event = bridged(iamUser);
    expect(trailRecordOf(event)).toBe(event.detail);
    expect(trailRecordOf(event.detail)).toBe(event.detail);
    expect(trailRecordOf({ 'detail-type': 'Scheduled Event', detail: {} })).toBeUndefined();
    expect(trailRecordOf(undefined)).toBeUndefined();
  });
});
