import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.efs'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [
    'elasticfilesystem:DescribeMountTargets',
    'elasticfilesystem:DeleteMountTarget',
    'elasticfilesystem:DeleteFileSystem',
  ],
  doc: {
    summary:
      'Delete each file system: first its mount targets (DescribeMountTargets for those with any, then DeleteMountTarget each), then DeleteFileSystem, re-issued while AWS answers FileSystemInUse (up to 12 calls) as the mount targets go, as Cloud Custodian does.',
    example: '- delete',
  },
  reads: () => ['FileSystemId', 'NumberOfMountTargets'],
  async plan(fileSystems, _opts, ctx) {
    const unmounts: PlannedCall[] = [];
    for (const fs of fileSystems) {
      if (!fs.NumberOfMountTargets) continue;
      if (!ctx.read) throw new Error('efs delete needs read access to list mount targets');
      const out = (await ctx.read('elasticfilesystem', 'DescribeMountTargets', {
        FileSystemId: fs.FileSystemId,
      })) as { MountTargets?: { MountTargetId?: string }[] };
      for (const t of out.MountTargets ?? [])
        unmounts.push({
          service: 'elasticfilesystem',
          operation: 'DeleteMountTarget',
          input: { MountTargetId: t.MountTargetId },
          resourceIds: [String(fs.FileSystemId)],
          describe: `delete mount target ${String(t.MountTargetId)} of ${String(fs.FileSystemId)}`,
        });
    }
    // As c7n: every file system is unmounted before the first is deleted.
    const deletes: PlannedCall[] = fileSystems.map((fs) => ({
      service: 'elasticfilesystem',
      operation: 'DeleteFileSystem',
      input: { FileSystemId: fs.FileSystemId },
      resourceIds: [String(fs.FileSystemId)],
      describe: `delete file system ${String(fs.FileSystemId)}`,
      retry: { codes: ['FileSystemInUse'], attempts: 12, delayMs: 1000, maxDelayMs: 30_000 },
    }));
    return [...unmounts, ...deletes];
  },
});
