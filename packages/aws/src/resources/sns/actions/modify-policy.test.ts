import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import modifyPolicy from './modify-policy.js';

const arn = 'arn:aws:sns:us-east-1:123456789012:t';
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'SNS:*',
};
const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'SNS:SendMessage', Resource: 'x' };
const added = {
  Sid: 'Open',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::{account_id}:root' },
  Action: ['SNS:GetTopicAttributes'],
  Resource: 'arn:aws:sns:{region}:{account_id}:q',
};
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

testAction<Record<string, unknown>>(modifyPolicy, {
  resourceType: resource,
  context: { accountId: '123456789012', region: 'us-east-1' },
  valid: [
    { 'add-statements': [added] },
    { 'remove-statements': 'matched' },
    { 'remove-statements': ['Open'] },
  ],
  invalid: [
    { options: { 'remove-statements': 'Open' }, messageId: 'schema' },
    {
      options: { 'add-statements': [{ Sid: 'x', Effect: 'Allow', Action: 'a', Resource: 'r' }] },
      messageId: 'schema',
    },
    {
      options: { 'add-statements': [{ Effect: 'Allow', Principal: '*', Action: 'a', Resource: 'r' }] },
      messageId: 'schema',
    },
    { options: { add: [] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a same Sid replaced in place, with account and region filled in; no policy: a new one',
      options: { 'add-statements': [added] },
      resources: [{ TopicArn: arn, Policy: policy(open, own) }, { TopicArn: `${arn}2` }],
      calls: [
        {
          service: 'sns',
          operation: 'SetTopicAttributes',
          input: {
            TopicArn: arn,
            AttributeName: 'Policy',
            AttributeValue: policy(
              {
                ...added,
                Principal: { AWS: 'arn:aws:iam::123456789012:root' },
                Resource: 'arn:aws:sns:us-east-1:123456789012:q',
              },
              own,
            ),
          },
          resourceIds: [arn],
        },
        { operation: 'SetTopicAttributes', input: { TopicArn: `${arn}2` } },
      ],
    },
    {
      name: 'remove only: matched statements go; nothing found and nothing added: no call',
      options: { 'remove-statements': 'matched' },
      resources: [
        { TopicArn: arn, Policy: policy(own, open), CrossAccountViolations: [open] },
        { TopicArn: `${arn}2`, Policy: policy(own) },
      ],
      calls: [{ operation: 'SetTopicAttributes', input: { TopicArn: arn, AttributeValue: policy(own) } }],
    },
  ],
});
