import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'set-ebs-encryption',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description: 'true enables EBS encryption by default in the region; false (or absent) disables it.',
      },
      key: {
        type: 'string',
        description: 'With state true, the default KMS key for EBS encryption (id, ARN or alias).',
      },
    },
  } as const,
  permissions: (opts) => [
    'ec2:EnableEbsEncryptionByDefault',
    'ec2:DisableEbsEncryptionByDefault',
    ...(opts.key ? ['ec2:ModifyEbsDefaultKmsKeyId'] : []),
  ],
  doc: {
    summary:
      "Turn the region's EBS encryption by default on (EnableEbsEncryptionByDefault, then ModifyEbsDefaultKmsKeyId when `key` is given) or off (DisableEbsEncryptionByDefault), as Cloud Custodian: without `state` it is turned off.",
    example: '- type: set-ebs-encryption\n  state: true\n  key: alias/aws/ebs',
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const resourceIds = accounts.map((a) => String(a.account_id));
    const calls: PlannedCall[] = [
      {
        service: 'ec2',
        operation: opts.state ? 'EnableEbsEncryptionByDefault' : 'DisableEbsEncryptionByDefault',
        input: {},
        resourceIds,
        describe: `${opts.state ? 'enable' : 'disable'} EBS encryption by default for account ${resourceIds.join(', ')}`,
      },
    ];
    if (opts.state && opts.key)
      calls.push({
        service: 'ec2',
        operation: 'ModifyEbsDefaultKmsKeyId',
        input: { KmsKeyId: opts.key },
        resourceIds,
        describe: `set the default EBS key of account ${resourceIds.join(', ')} to ${opts.key}`,
      });
    return calls;
  },
});
