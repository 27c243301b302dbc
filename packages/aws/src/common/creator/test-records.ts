/**
 * CloudTrail records and EventBridge events as AWS documents them, for the auto-tag-user tests.
 * Test support only: nothing in the package imports it.
 */
import type { TrailRecord, UserIdentity } from './identity.js';

// CloudTrail userIdentity blocks as AWS documents them.
export const iamUser: UserIdentity = {
  type: 'IAMUser',
  principalId: 'AIDAJ45Q7YFFAREXAMPLE',
  arn: 'arn:aws:iam::123456789012:user/Alice',
  accountId: '123456789012',
  userName: 'Alice',
};
export const assumedRole: UserIdentity = {
  type: 'AssumedRole',
  principalId: 'AROAIDPPEZS35WEXAMPLE:jane.doe@example.com',
  arn: 'arn:aws:sts::123456789012:assumed-role/DevOps/jane.doe@example.com',
  accountId: '123456789012',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAIDPPEZS35WEXAMPLE',
      arn: 'arn:aws:iam::123456789012:role/DevOps',
      userName: 'DevOps',
    },
  },
};
export const federatedUser: UserIdentity = {
  type: 'FederatedUser',
  principalId: '123456789012:Bob',
  arn: 'arn:aws:sts::123456789012:federated-user/Bob',
  accountId: '123456789012',
  sessionContext: {
    sessionIssuer: {
      type: 'IAMUser',
      principalId: 'AIDAQRSTUVWXYZEXAMPLE',
      arn: 'arn:aws:iam::123456789012:user/fed-broker',
      userName: 'fed-broker',
    },
  },
};
export const root: UserIdentity = {
  type: 'Root',
  principalId: '123456789012',
  arn: 'arn:aws:iam::123456789012:root',
  accountId: '123456789012',
};
export const awsService: UserIdentity = { type: 'AWSService', invokedBy: 'autoscaling.amazonaws.com' };
export const instanceRole: UserIdentity = {
  ...assumedRole,
  principalId: 'AROAEC2ROLEEXAMPLE:i-0abc123',
  arn: 'arn:aws:sts::123456789012:assumed-role/app-server/i-0abc123',
};
export const lambdaRole: UserIdentity = {
  ...assumedRole,
  principalId: 'AROALAMBDAEXAMPLE:awslambda_123_20240101',
  arn: 'arn:aws:sts::123456789012:assumed-role/fn-role/awslambda_123_20240101',
};

/** A RunInstances record that launched `ids`. */
export function runInstances(userIdentity: UserIdentity, ids: string[], extra: Partial<TrailRecord> = {}) {
  return {
    eventVersion: '1.08',
    userIdentity,
    eventTime: '2023-12-15T10:00:00Z',
    eventSource: 'ec2.amazonaws.com',
    eventName: 'RunInstances',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.7',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: { instanceType: 't3.micro' },
    responseElements: { instancesSet: { items: ids.map((instanceId) => ({ instanceId })) } },
    eventType: 'AwsApiCall',
    recipientAccountId: '123456789012',
    ...extra,
  };
}

/** The EventBridge event a cloudtrail-mode Lambda receives. */
export const bridged = (userIdentity: UserIdentity) => ({
  version: '0',
  'detail-type': 'AWS API Call via CloudTrail',
  source: 'aws.ec2',
  account: '123456789012',
  region: 'us-east-1',
  detail: runInstances(userIdentity, ['i-000', 'i-001']),
});
