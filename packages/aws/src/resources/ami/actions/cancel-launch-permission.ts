import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'cancel-launch-permission',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      dryrun: {
        type: 'boolean',
        default: true,
        description:
          'Only ask AWS whether the cancel would succeed (its DryRun flag; the answer DryRunOperation counts as success). Default true, as the cancel cannot be undone from this account: set false to act.',
      },
    },
  } as const,
  permissions: ['ec2:CancelImageLaunchPermission'],
  doc: {
    summary:
      "Give up this account's permission to launch images other accounts shared with it (CancelImageLaunchPermission per image). Sharing through an organization or unit cannot be cancelled this way.",
    example: '- type: cancel-launch-permission\n  dryrun: false',
  },
  reads: () => ['ImageId'],
  plan(images, opts) {
    const dryrun = opts.dryrun ?? true;
    return images.map((image) => {
      const id = image.ImageId as string;
      return {
        service: 'ec2',
        operation: 'CancelImageLaunchPermission',
        input: { ImageId: id, DryRun: dryrun },
        resourceIds: [id],
        describe: `cancel this account's launch permission on ${id}${dryrun ? ' (AWS dry run)' : ''}`,
        ...(dryrun ? { okErrors: ['DryRunOperation'] } : {}),
      };
    });
  },
});
