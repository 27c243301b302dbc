import { defineAction, type Problem } from '@c7n-ts/core';

const messages = {
  'rules-required': 'rules are required to enable a lifecycle configuration.',
  'rules-not-allowed': 'rules are not taken when disabling a lifecycle configuration.',
} as const;

export default defineAction({
  type: 'configure-lifecycle-policy',
  resources: ['aws.efs'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: {
      state: {
        enum: ['enable', 'disable'],
        description: '`enable` sets `rules` as the lifecycle policies; `disable` removes them all.',
      },
      rules: {
        type: 'array',
        description: 'The LifecyclePolicies of PutLifecycleConfiguration (with `state: enable`).',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            TransitionToIA: {
              type: 'string',
              description: 'When files move to Infrequent Access, e.g. `AFTER_30_DAYS`.',
            },
            TransitionToPrimaryStorageClass: {
              type: 'string',
              description: 'When files move back to primary storage: `AFTER_1_ACCESS`.',
            },
            TransitionToArchive: {
              type: 'string',
              description: 'When files move to Archive, e.g. `AFTER_90_DAYS`.',
            },
          },
        },
      },
    },
  } as const,
  permissions: ['elasticfilesystem:PutLifecycleConfiguration'],
  doc: {
    summary:
      'Set (`enable`, with `rules`) or clear (`disable`) the lifecycle policies of each file system with PutLifecycleConfiguration; a file system gone since the listing counts as done.',
    example:
      '- type: configure-lifecycle-policy\n  state: enable\n  rules:\n    - TransitionToIA: AFTER_7_DAYS',
  },
  messages,
  check(opts) {
    const problems: Problem[] = [];
    if (opts.state === 'enable' && opts.rules === undefined)
      problems.push({ messageId: 'rules-required', message: messages['rules-required'], path: ['state'] });
    if (opts.state === 'disable' && opts.rules !== undefined)
      problems.push({
        messageId: 'rules-not-allowed',
        message: messages['rules-not-allowed'],
        path: ['rules'],
      });
    return problems;
  },
  reads: () => ['FileSystemId'],
  plan(fileSystems, opts) {
    const policies = opts.state === 'enable' ? (opts.rules ?? []) : [];
    return fileSystems.map((fs) => ({
      service: 'elasticfilesystem',
      operation: 'PutLifecycleConfiguration',
      input: { FileSystemId: fs.FileSystemId, LifecyclePolicies: policies },
      resourceIds: [String(fs.FileSystemId)],
      describe: `${opts.state} lifecycle policies of ${String(fs.FileSystemId)}`,
      okErrors: ['FileSystemNotFound'],
    }));
  },
});
