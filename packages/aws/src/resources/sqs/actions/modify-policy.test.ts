import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import modifyPolicy from './modify-policy.js';

const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'sqs:*',
};
const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'x' };
const added = {
  Sid: 'Open',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::{account_id}:root' },
  Action: ['sqs:GetQueueAttributes'],
  Resource: 'arn:aws:sqs:{region}:{account_id}:q',
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
      resources: [{ QueueUrl: url, Policy: policy(open, own) }, { QueueUrl: `${url}2` }],
      calls: [
        {
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: {
            QueueUrl: url,
            Attributes: {
              Policy: policy(
                {
                  ...added,
                  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
                  Resource: 'arn:aws:sqs:us-east-1:123456789012:q',
                },
                own,
              ),
            },
          },
          resourceIds: [url],
        },
        { operation: 'SetQueueAttributes', input: { QueueUrl: `${url}2` } },
      ],
    },
    {
      name: 'remove only: matched statements go; nothing found and nothing added: no call',
      options: { 'remove-statements': 'matched' },
      resources: [
        { QueueUrl: url, Policy: policy(own, open), CrossAccountViolations: [open] },
        { QueueUrl: `${url}2`, Policy: policy(own) },
      ],
      calls: [
        { operation: 'SetQueueAttributes', input: { QueueUrl: url, Attributes: { Policy: policy(own) } } },
      ],
    },
  ],
});
