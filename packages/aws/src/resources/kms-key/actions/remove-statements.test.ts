import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import aliases from '../../kms/resource.js';
import keys from '../resource.js';
import removeStatements from './remove-statements.js';

const open = { Sid: 'Open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' };
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'kms:*',
  Resource: '*',
};
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const notFound = Object.assign(new Error('no key'), { name: 'NotFoundException', $fault: 'client' });

// Stands in for KMS's GetKeyPolicy when the filter did not read the policy: key k2 has
// the open and own statements, k-gone does not exist.
const read = async (_service: string, _op: string, input: Record<string, unknown>) => {
  if (input.KeyId === 'k-gone') throw notFound;
  return { Policy: policy(open, own) };
};

testAction(removeStatements, {
  resourceType: keys,
  context: { read } as Partial<EvalContext>,
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['Open'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'all' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'matched: the statements cross-account matched; the rest written back',
      options: { statement_ids: 'matched' },
      resources: [
        { KeyId: 'k1', Policy: policy(open, own), CrossAccountViolations: [open] },
        { KeyId: 'k-clean', Policy: policy(own), CrossAccountViolations: [] },
      ],
      calls: [
        {
          service: 'kms',
          operation: 'PutKeyPolicy',
          input: { KeyId: 'k1', PolicyName: 'default', Policy: policy(own) },
          resourceIds: ['k1'],
        },
      ],
    },
    {
      name: 'by Sid, the policy read with GetKeyPolicy when missing; a key without one is left alone',
      options: { statement_ids: ['Open'] },
      resources: [{ KeyId: 'k2' }, { KeyId: 'k-gone' }],
      calls: [
        {
          service: 'kms',
          operation: 'PutKeyPolicy',
          input: { KeyId: 'k2', PolicyName: 'default', Policy: policy(own) },
          resourceIds: ['k2'],
        },
      ],
    },
  ],
});

testAction(removeStatements, {
  resourceType: aliases,
  context: { read } as Partial<EvalContext>,
  valid: [{ statement_ids: '*' }],
  cases: [
    {
      name: "an alias: its target key's policy, every statement with '*'",
      options: { statement_ids: '*' },
      resources: [{ AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/a', TargetKeyId: 'k3' }],
      calls: [
        {
          service: 'kms',
          operation: 'PutKeyPolicy',
          input: { KeyId: 'k3', PolicyName: 'default', Policy: policy() },
          resourceIds: ['arn:aws:kms:us-east-1:123456789012:alias/a'],
        },
      ],
    },
  ],
});
