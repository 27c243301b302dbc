import { removeStatements } from '../../../common/actions/_remove-statements.js';
import { isServiceError } from '../../../query/errors.js';

export default removeStatements({
  resources: ['aws.efs'],
  permissions: [
    'elasticfilesystem:DescribeFileSystems',
    'elasticfilesystem:DeleteFileSystemPolicy',
    'elasticfilesystem:PutFileSystemPolicy',
  ],
  summary:
    "Remove statements from a file system's policy: by Sid, those the `cross-account` filter matched, or all. The policy is the one that filter read (`Policy`), else DescribeFileSystemPolicy's; what is left is written back with PutFileSystemPolicy, or the policy deleted (DeleteFileSystemPolicy) when nothing is left. A file system whose policy loses nothing, or that has none, is left alone.",
  reads: ['FileSystemId', 'Policy'],
  name: (fs) => String(fs.FileSystemId),
  async policyText(fs, ctx) {
    if (!('Policy' in fs)) {
      if (!ctx.read) return undefined;
      try {
        const out = (await ctx.read('elasticfilesystem', 'DescribeFileSystemPolicy', {
          FileSystemId: fs.FileSystemId,
        })) as { Policy?: string };
        fs.Policy = out.Policy;
      } catch (e) {
        // As c7n: a file system whose policy cannot be read (none, gone) is skipped.
        if (!isServiceError(e)) throw e;
        ctx.log?.('warn', `efs: reading the policy of ${String(fs.FileSystemId)}: ${e.name}`);
        return undefined;
      }
    }
    return typeof fs.Policy === 'string' ? fs.Policy : undefined;
  },
  calls: (fs, { policy, kept, what }) => [
    kept.length
      ? {
          service: 'elasticfilesystem',
          operation: 'PutFileSystemPolicy',
          input: { FileSystemId: fs.FileSystemId, Policy: JSON.stringify({ ...policy, Statement: kept }) },
          resourceIds: [String(fs.FileSystemId)],
          describe: what,
        }
      : {
          service: 'elasticfilesystem',
          operation: 'DeleteFileSystemPolicy',
          input: { FileSystemId: fs.FileSystemId },
          resourceIds: [String(fs.FileSystemId)],
          describe: `${what}, deleting it`,
        },
  ],
});
