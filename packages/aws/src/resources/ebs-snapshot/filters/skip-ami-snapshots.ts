import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'skip-ami-snapshots',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        default: true,
        description:
          'True (the default) drops the snapshots behind images of this account; false keeps every snapshot.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeImages'],
  doc: {
    summary:
      "Drop snapshots that back an image of this account (the account's images are listed once with DescribeImages, as `aws.ami` lists them).",
    example: '- skip-ami-snapshots',
  },
  reads: () => ['SnapshotId'],
  compile: (opts) => ({
    kind: 'process',
    async process(snaps, ctx) {
      if (opts.value === false) return snaps;
      const p = providerOf(ctx);
      const used = new Set<string>();
      for (const image of await p.related('aws.ami', regionOf(ctx, p)))
        for (const bd of (image.BlockDeviceMappings ?? []) as { Ebs?: { SnapshotId?: string } }[])
          if (bd.Ebs?.SnapshotId) used.add(bd.Ebs.SnapshotId);
      return snaps.filter((s) => !used.has(String(s.SnapshotId)));
    },
  }),
});
