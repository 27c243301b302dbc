import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'copy',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string', description: "Name of each copy; default the image's own name." },
      description: { type: 'string', description: "Description of each copy; default the image's own." },
      region: { type: 'string', description: "Region to copy into; default the policy's region." },
      encrypt: { type: 'boolean', default: false, description: 'Encrypt the copy (default false).' },
      'key-id': { type: 'string', description: 'KMS key for the encrypted copy; default the account key.' },
    },
  } as const,
  permissions: ['ec2:CopyImage'],
  doc: {
    summary:
      'Copy each image (CopyImage, made in the target region), optionally encrypted with a KMS key. AWS allows few copies in flight per account and region.',
    example: '- type: copy\n  encrypt: true\n  key-id: 00000000-0000-0000-0000-000000000000',
  },
  reads: () => ['ImageId', 'Name', 'Description'],
  plan(images, opts, ctx) {
    const source = ctx.region ?? 'us-east-1';
    return images.map((image) => {
      const id = image.ImageId as string;
      return {
        service: 'ec2',
        operation: 'CopyImage',
        input: {
          Name: opts.name ?? image.Name,
          Description: opts.description ?? image.Description,
          SourceRegion: source,
          SourceImageId: id,
          Encrypted: opts.encrypt ?? false,
          // c7n sends an empty key id when none is given; EC2 then uses the default key.
          KmsKeyId: opts['key-id'] ?? '',
        },
        resourceIds: [id],
        describe: `copy ${id} from ${source} to ${opts.region ?? source}`,
        ...(opts.region ? { region: opts.region } : {}),
      };
    });
  },
});
