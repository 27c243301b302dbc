import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import fileSystems from '../resource.js';
import deleteAction from './delete.js';

// Stands in for EFS's DescribeMountTargets: fs-1 has two mount targets.
const read = async (_service: string, _op: string, input: Record<string, unknown>) => ({
  MountTargets:
    input.FileSystemId === 'fs-1'
      ? [
          { MountTargetId: 'fsmt-a', FileSystemId: 'fs-1', LifeCycleState: 'available' },
          { MountTargetId: 'fsmt-b', FileSystemId: 'fs-1', LifeCycleState: 'available' },
        ]
      : [],
});
const retry = { codes: ['FileSystemInUse'], attempts: 12, delayMs: 1000, maxDelayMs: 30_000 };

testAction(deleteAction, {
  resourceType: fileSystems,
  context: { read } as Partial<EvalContext>,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'mount targets first (listed only for file systems with any), then each file system',
      options: {},
      resources: [
        { FileSystemId: 'fs-1', NumberOfMountTargets: 2 },
        { FileSystemId: 'fs-2', NumberOfMountTargets: 0 },
      ],
      calls: [
        {
          service: 'elasticfilesystem',
          operation: 'DeleteMountTarget',
          input: { MountTargetId: 'fsmt-a' },
          resourceIds: ['fs-1'],
        },
        {
          service: 'elasticfilesystem',
          operation: 'DeleteMountTarget',
          input: { MountTargetId: 'fsmt-b' },
          resourceIds: ['fs-1'],
        },
        {
          service: 'elasticfilesystem',
          operation: 'DeleteFileSystem',
          input: { FileSystemId: 'fs-1' },
          resourceIds: ['fs-1'],
          retry,
        },
        {
          service: 'elasticfilesystem',
          operation: 'DeleteFileSystem',
          input: { FileSystemId: 'fs-2' },
          resourceIds: ['fs-2'],
          retry,
        },
      ],
    },
  ],
});
