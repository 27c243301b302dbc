import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import fileSystems from '../resource.js';
import removeStatements from './remove-statements.js';

const open = { Sid: 'Open', Effect: 'Allow', Principal: { AWS: '*' }, Action: '*' };
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: '*',
};
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const noPolicy = Object.assign(new Error('none'), { name: 'PolicyNotFound', $fault: 'client' });

// Stands in for EFS's DescribeFileSystemPolicy when the filter did not read it: fs-3 has the
// open and own statements, fs-none has no policy.
const read = async (_service: string, _op: string, input: Record<string, unknown>) => {
  if (input.FileSystemId === 'fs-none') throw noPolicy;
  return { FileSystemId: input.FileSystemId, Policy: policy(open, own) };
};

testAction(removeStatements, {
  resourceType: fileSystems,
  context: { read } as Partial<EvalContext>,
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['Open'] }],
  invalid: [{ options: {}, messageId: 'schema' }],
  cases: [
    {
      name: 'matched: the rest written back; nothing left deletes the policy',
      options: { statement_ids: 'matched' },
      resources: [
        { FileSystemId: 'fs-1', Policy: policy(open, own), CrossAccountViolations: [open] },
        { FileSystemId: 'fs-2', Policy: policy(open), CrossAccountViolations: [open] },
      ],
      calls: [
        {
          service: 'elasticfilesystem',
          operation: 'PutFileSystemPolicy',
          input: { FileSystemId: 'fs-1', Policy: policy(own) },
          resourceIds: ['fs-1'],
        },
        {
          service: 'elasticfilesystem',
          operation: 'DeleteFileSystemPolicy',
          input: { FileSystemId: 'fs-2' },
          resourceIds: ['fs-2'],
        },
      ],
    },
    {
      name: 'by Sid, the policy read when missing; none is left alone',
      options: { statement_ids: ['Open'] },
      resources: [{ FileSystemId: 'fs-3' }, { FileSystemId: 'fs-none' }],
      calls: [
        {
          service: 'elasticfilesystem',
          operation: 'PutFileSystemPolicy',
          input: { FileSystemId: 'fs-3', Policy: policy(own) },
          resourceIds: ['fs-3'],
        },
      ],
    },
  ],
});
