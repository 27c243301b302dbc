import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'copy',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      target_region: { type: 'string', description: 'Region to copy the snapshots into (required).' },
      target_key: {
        type: 'string',
        description: 'KMS key of the encrypted copies (required unless `encrypted: false`).',
      },
      encrypted: { type: 'boolean', default: true, description: 'Encrypt the copies (default true).' },
    },
  } as const,
  permissions: ['ec2:CopySnapshot', 'ec2:CreateTags'],
  doc: {
    summary:
      "Copy each snapshot into the target region (CopySnapshot there, with the snapshot's description and tags), encrypted with `target_key` unless `encrypted: false`.",
    example: '- type: copy\n  target_region: us-west-2\n  target_key: alias/backup',
  },
  messages: {
    'missing-region': 'copy needs target_region.',
    'missing-key': 'an encrypted copy needs target_key (or encrypted: false).',
  },
  check(opts) {
    const problems = [];
    // c7n fails at run time without target_region; we say so up front.
    if (!opts.target_region)
      problems.push({
        messageId: 'missing-region',
        message: 'copy needs target_region.',
        at: 'key' as const,
      });
    if (opts.encrypted !== false && !opts.target_key)
      problems.push({
        messageId: 'missing-key',
        message: 'an encrypted copy needs target_key (or encrypted: false).',
      });
    return problems;
  },
  reads: () => ['SnapshotId', 'Description', 'Tags'],
  plan(snapshots, opts, ctx) {
    const source = ctx.region ?? 'us-east-1';
    const target = opts.target_region as string;
    const encrypted = opts.encrypted ?? true;
    return snapshots.map((s) => {
      const id = s.SnapshotId as string;
      const tags = Array.isArray(s.Tags) && s.Tags.length ? s.Tags : undefined;
      return {
        service: 'ec2',
        operation: 'CopySnapshot',
        input: {
          SourceRegion: source,
          SourceSnapshotId: id,
          Description: s.Description ?? '',
          Encrypted: encrypted,
          ...(encrypted ? { KmsKeyId: opts.target_key } : {}),
          // c7n tags the copy with CreateTags once it has its id; the copy call takes them here.
          ...(tags ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] } : {}),
        },
        resourceIds: [id],
        describe: `copy ${id} from ${source} to ${target}`,
        region: target,
      };
    });
  },
});
