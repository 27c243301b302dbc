import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import removeStatements from './remove-statements.js';

const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'sqs:*',
};
const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' };
const noSid = { Effect: 'Allow', Principal: { AWS: '210987654321' }, Action: 'sqs:ReceiveMessage' };
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

testAction<Record<string, unknown>>(removeStatements, {
  resourceType: resource,
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['Open'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'Open' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'RemovePermission by Sid for each statement named; no policy or none named: no call',
      options: { statement_ids: ['Open', 'Own'] },
      resources: [
        { QueueUrl: url, Policy: policy(own, open) },
        { QueueUrl: `${url}2` },
        { QueueUrl: `${url}3`, Policy: policy(noSid) },
      ],
      calls: [
        {
          service: 'sqs',
          operation: 'RemovePermission',
          input: { QueueUrl: url, Label: 'Own' },
          resourceIds: [url],
        },
        { operation: 'RemovePermission', input: { QueueUrl: url, Label: 'Open' } },
      ],
    },
    {
      name: 'matched: those the cross-account filter found; one without a Sid: the rest of the policy is set',
      options: { statement_ids: 'matched' },
      resources: [{ QueueUrl: url, Policy: policy(own, noSid), CrossAccountViolations: [noSid] }],
      calls: [
        {
          operation: 'SetQueueAttributes',
          input: { QueueUrl: url, Attributes: { Policy: policy(own) } },
        },
      ],
    },
    {
      name: '*: every statement',
      options: { statement_ids: '*' },
      resources: [{ QueueUrl: url, Policy: policy(own, open) }],
      calls: [
        { operation: 'RemovePermission', input: { Label: 'Own' } },
        { operation: 'RemovePermission', input: { Label: 'Open' } },
      ],
    },
  ],
});
