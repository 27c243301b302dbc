import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import removeStatements from './remove-statements.js';

const arn = 'arn:aws:sns:us-east-1:123456789012:t';
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'SNS:*',
};
const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish' };
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2008-10-17', Statement });

testAction<Record<string, unknown>>(removeStatements, {
  resourceType: resource,
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['Open'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'Open' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one SetTopicAttributes with the statements left; no policy or none named: no call',
      options: { statement_ids: ['Open'] },
      resources: [
        { TopicArn: arn, Policy: policy(own, open) },
        { TopicArn: `${arn}2` },
        { TopicArn: `${arn}3`, Policy: policy(own) },
      ],
      calls: [
        {
          service: 'sns',
          operation: 'SetTopicAttributes',
          input: { TopicArn: arn, AttributeName: 'Policy', AttributeValue: policy(own) },
          resourceIds: [arn],
        },
      ],
    },
    {
      name: 'matched: those the cross-account filter found',
      options: { statement_ids: 'matched' },
      resources: [{ TopicArn: arn, Policy: policy(own, open), CrossAccountViolations: [open] }],
      calls: [{ operation: 'SetTopicAttributes', input: { AttributeValue: policy(own) } }],
    },
    {
      name: '*: every statement',
      options: { statement_ids: '*' },
      resources: [{ TopicArn: arn, Policy: policy(own, open) }],
      calls: [{ operation: 'SetTopicAttributes', input: { AttributeValue: policy() } }],
    },
  ],
});
