import type { Image, Snapshot } from '@aws-sdk/client-ec2';
import { type ActionContext, defineAction } from '@c7n-ts/core';

/** Snapshot ids behind this account's images, read as c7n's ami manager lists them. */
async function amiSnapshotIds(ctx: ActionContext): Promise<Set<string>> {
  if (!ctx.read) throw new Error('delete needs a reader for DescribeImages to skip AMI snapshots');
  const ids = new Set<string>();
  let token: string | undefined;
  do {
    const input: Record<string, unknown> = { Owners: ['self'] };
    if (token) input.NextToken = token;
    const page = (await ctx.read('ec2', 'DescribeImages', input)) as { Images?: Image[]; NextToken?: string };
    for (const image of page.Images ?? [])
      for (const bd of image.BlockDeviceMappings ?? []) if (bd.Ebs?.SnapshotId) ids.add(bd.Ebs.SnapshotId);
    token = page.NextToken;
  } while (token);
  return ids;
}

export default defineAction({
  type: 'delete',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'skip-ami-snapshots': {
        type: 'boolean',
        description:
          'Accepted for Cloud Custodian compatibility and ignored there too: snapshots used by an AMI of this account are always skipped.',
      },
    },
  } as const,
  permissions: ['ec2:DeleteSnapshot', 'ec2:DescribeImages'],
  doc: {
    summary:
      "Delete snapshots, one call each, skipping those behind this account's AMIs (read with DescribeImages first). A snapshot already gone counts as deleted.",
    example: '- delete',
  },
  messages: {
    'skip-ignored': '`skip-ami-snapshots: false` has no effect: AMI snapshots are always skipped.',
  },
  check(opts) {
    // c7n reads a `value` key this action does not have, so it always skips; we say so.
    if (opts['skip-ami-snapshots'] !== false) return [];
    return [
      {
        messageId: 'skip-ignored',
        message: '`skip-ami-snapshots: false` has no effect: AMI snapshots are always skipped.',
        path: ['skip-ami-snapshots'],
        severity: 'warning',
      },
    ];
  },
  reads: () => ['SnapshotId'],
  async plan(resources: Snapshot[], _opts, ctx) {
    const used = await amiSnapshotIds(ctx);
    const todo = resources.filter((s) => s.SnapshotId && !used.has(s.SnapshotId));
    if (todo.length < resources.length)
      ctx.log?.('info', `delete: skipped ${resources.length - todo.length} snapshot(s) used by AMIs`);
    // c7n deletes in reverse order of the listing.
    return todo.reverse().map((s) => ({
      service: 'ec2',
      operation: 'DeleteSnapshot',
      input: { SnapshotId: s.SnapshotId },
      resourceIds: [s.SnapshotId as string],
      describe: `delete ${s.SnapshotId}`,
      okErrors: ['InvalidSnapshot.NotFound'],
    }));
  },
});
