import { isDeepStrictEqual } from 'node:util';
import { defineAction } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

/** Where the `emr-block-public-access` filter leaves the configuration it read. */
const ANNOTATION = 'c7n:emr-block-public-access';

export default defineAction({
  type: 'set-emr-block-public-access',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['config'],
    properties: {
      config: {
        type: 'object',
        additionalProperties: false,
        required: ['BlockPublicSecurityGroupRules'],
        description: 'The settings to change; the others keep their current values.',
        properties: {
          BlockPublicSecurityGroupRules: {
            type: 'boolean',
            description:
              'Block clusters with security group rules open to the world (other than the permitted ranges).',
          },
          PermittedPublicSecurityGroupRuleRanges: {
            type: 'array',
            description: 'Port ranges that may be open to the world.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['MinRange'],
              properties: {
                MinRange: { type: 'number', minimum: 0, description: 'First port of the range.' },
                MaxRange: { type: 'number', minimum: 0, description: 'Last port of the range.' },
              },
            },
          },
        },
      },
    },
  } as const,
  permissions: [
    'elasticmapreduce:PutBlockPublicAccessConfiguration',
    'elasticmapreduce:GetBlockPublicAccessConfiguration',
  ],
  doc: {
    summary:
      "Set the region's EMR block public access configuration (PutBlockPublicAccessConfiguration): `config` is merged over the current configuration (read with GetBlockPublicAccessConfiguration unless the `emr-block-public-access` filter already did); no call when nothing changes, as Cloud Custodian.",
    example: [
      '- type: set-emr-block-public-access',
      '  config:',
      '    BlockPublicSecurityGroupRules: true',
      '    PermittedPublicSecurityGroupRuleRanges:',
      '      - MinRange: 22',
      '        MaxRange: 22',
    ].join('\n'),
  },
  reads: () => ['account_id', ANNOTATION],
  async plan(accounts, opts, ctx) {
    // As c7n: one configuration per region, set once for the first account.
    const [a] = accounts;
    if (!a) return [];
    const id = String(a.account_id);
    let base = a[ANNOTATION] as Record<string, unknown> | undefined;
    if (!base) {
      if (!ctx.read) {
        ctx.log?.('warn', `set-emr-block-public-access: cannot read the configuration of ${id}; not changed`);
        return [];
      }
      try {
        base = (await ctx.read('elasticmapreduce', 'GetBlockPublicAccessConfiguration', {})) as Record<
          string,
          unknown
        >;
      } catch (e) {
        if (errorCode(e) !== 'NoSuchPublicAccessBlockConfiguration') throw e;
        base = {};
      }
    }
    const current = (base.BlockPublicAccessConfiguration as Record<string, unknown> | undefined) ?? {};
    const updated = { ...current, ...opts.config };
    if (isDeepStrictEqual(current, updated)) return [];
    return [
      {
        service: 'elasticmapreduce',
        operation: 'PutBlockPublicAccessConfiguration',
        input: { BlockPublicAccessConfiguration: updated },
        resourceIds: [id],
        describe: `set the EMR block public access configuration of account ${id}`,
      },
    ];
  },
});
