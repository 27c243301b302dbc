import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import snapshots from '../resource.js';
import del from './delete.js';

const reads: { operation: string; input: Record<string, unknown> }[] = [];
const read = async (_service: string, operation: string, input: Record<string, unknown>) => {
  reads.push({ operation, input });
  if (!input.NextToken)
    return {
      Images: [{ ImageId: 'ami-1', BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-2' } }] }],
      NextToken: 't',
    };
  return { Images: [{ ImageId: 'ami-2', BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-4' } }, {}] }] };
};

testAction(del, {
  resourceType: snapshots,
  context: { read } as Partial<EvalContext>,
  valid: [{}, { 'skip-ami-snapshots': true }],
  invalid: [
    { options: { 'skip-ami-snapshots': false }, messageId: 'skip-ignored', path: ['skip-ami-snapshots'] },
    { options: { force: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'skips AMI snapshots and deletes the rest in reverse order',
      options: {},
      resources: ['snap-1', 'snap-2', 'snap-3', 'snap-4'].map((SnapshotId) => ({ SnapshotId })),
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteSnapshot',
          input: { SnapshotId: 'snap-3' },
          resourceIds: ['snap-3'],
          okErrors: ['InvalidSnapshot.NotFound'],
        },
        { operation: 'DeleteSnapshot', input: { SnapshotId: 'snap-1' } },
      ],
    },
  ],
});

it('lists the account images page by page', () => {
  expect(reads.slice(0, 2)).toEqual([
    { operation: 'DescribeImages', input: { Owners: ['self'] } },
    { operation: 'DescribeImages', input: { Owners: ['self'], NextToken: 't' } },
  ]);
});
