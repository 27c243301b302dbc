import { testAction } from '@c7n-ts/core/testing';
import lambda from '../resource.js';
import removeStatements from './remove-statements.js';

const statement = (Sid: string, account: string) => ({
  Sid,
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${account}:root` },
  Action: 'lambda:InvokeFunction',
  Resource: 'arn:aws:lambda:us-east-1:123456789012:function:shared',
});
const outside = statement('outside', '222233334444');
const own = statement('own', '123456789012');
const policy = JSON.stringify({ Version: '2012-10-17', Statement: [outside, own] });
const shared = { FunctionName: 'shared', 'c7n:Policy': policy, CrossAccountViolations: [outside] };

testAction(removeStatements, {
  resourceType: lambda,
  valid: [{ statement_ids: 'matched' }, { statement_ids: ['outside'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: '*' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'matched: those the cross-account filter matched',
      options: { statement_ids: 'matched' },
      resources: [shared, { FunctionName: 'no-policy', 'c7n:Policy': null }],
      calls: [
        {
          service: 'lambda',
          operation: 'RemovePermission',
          input: { FunctionName: 'shared', StatementId: 'outside' },
          resourceIds: ['shared'],
        },
      ],
    },
    {
      name: 'by Sid',
      options: { statement_ids: ['own', 'missing'] },
      resources: [shared],
      calls: [{ operation: 'RemovePermission', input: { FunctionName: 'shared', StatementId: 'own' } }],
    },
  ],
});
