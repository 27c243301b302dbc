import { defineAction, type Problem } from '@c7n-ts/core';

export default defineAction({
  type: 'set-encryption',
  resources: ['aws.log-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'kms-key': {
        type: 'string',
        description:
          'The KMS key to encrypt with: a key ARN, or an alias (`alias/...`, or its ARN). Needed unless `state` is false.',
      },
      state: {
        type: 'boolean',
        description: 'Encrypt with the key (default), or `false` to stop encrypting new log data.',
      },
    },
  } as const,
  permissions: ['logs:AssociateKmsKey', 'logs:DisassociateKmsKey', 'kms:DescribeKey'],
  doc: {
    summary:
      "Encrypt each log group's new data with a KMS key (AssociateKmsKey), or stop (DisassociateKmsKey, `state: false`); a group gone meanwhile is skipped. An alias is resolved to its key's ARN once, with DescribeKey, as Cloud Custodian does.",
    example: '- type: set-encryption\n  kms-key: alias/logs',
  },
  messages: {
    'key-required': 'set-encryption needs kms-key unless state is false.',
    'key-format': 'kms-key must be a key ARN or an alias.',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.state === false) return problems;
    const key = opts['kms-key'] ?? '';
    if (!key)
      problems.push({
        messageId: 'key-required',
        message: 'set-encryption needs `kms-key` (a key ARN or an alias) unless `state` is false.',
      });
    else if (!key.includes('alias/') && !key.includes(':key/'))
      problems.push({
        messageId: 'key-format',
        message: `kms-key ${JSON.stringify(key)} is neither a key ARN (…:key/…) nor an alias (alias/…).`,
        path: ['kms-key'],
      });
    return problems;
  },
  reads: () => ['logGroupName'],
  async plan(groups, opts, ctx) {
    const state = opts.state !== false;
    let key = opts['kms-key'];
    if (state && key && !(key.startsWith('arn:') && key.includes(':key/'))) {
      if (!ctx.read) throw new Error('set-encryption needs read access to resolve a key alias');
      const out = (await ctx.read('kms', 'DescribeKey', { KeyId: key })) as {
        KeyMetadata?: { Arn?: string };
      };
      key = out.KeyMetadata?.Arn ?? key;
    }
    return groups.map((g) => {
      const name = String(g.logGroupName);
      return {
        service: 'logs',
        operation: state ? 'AssociateKmsKey' : 'DisassociateKmsKey',
        input: state ? { logGroupName: name, kmsKeyId: key } : { logGroupName: name },
        resourceIds: [name],
        describe: state ? `encrypt ${name} with ${String(key)}` : `stop encrypting ${name}`,
        okErrors: ['ResourceNotFoundException'],
      };
    });
  },
});
