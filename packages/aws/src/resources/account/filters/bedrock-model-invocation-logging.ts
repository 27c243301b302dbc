import { comparisonOp, defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { checkListItemOver, compileListItemOver } from '../../../common/filters/_list-item-over.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

/** Cloud Custodian's annotation: the configuration, when there is one. */
const ANNOTATION = 'c7n:BedrockModelInvocationLogging';
/** The one-item list (or none) the core list-item filter runs over. */
const ITEMS = 'c7n:BedrockModelInvocationLoggingItems';

export default defineFilter({
  type: 'bedrock-model-invocation-logging',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, and/or/not) the configuration must pass: `textDataDeliveryEnabled`, `s3Config.bucketName`, `cloudWatchConfig.logGroupName`...',
      },
      count: {
        type: 'number',
        description: 'Match on the number of configurations passing `attrs` (0 or 1).',
      },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['bedrock:GetModelInvocationLoggingConfiguration'],
  doc: {
    summary:
      "Accounts by the region's Bedrock model invocation logging (GetModelInvocationLoggingConfiguration), as a list of one configuration (none when logging is off) passed to `attrs`/`count` as in `list-item`; the configuration is kept in `c7n:BedrockModelInvocationLogging`.",
    example: [
      '- type: bedrock-model-invocation-logging',
      '  attrs:',
      '    - imageDataDeliveryEnabled: true',
    ].join('\n'),
  },
  check: (opts, ctx) => checkListItemOver(ITEMS, opts, ctx),
  reads: () => [ANNOTATION],
  compile(opts, ctx) {
    const inner = compileListItemOver(ITEMS, opts, ctx, async (accounts, ectx) => {
      const p = awsProvider(ectx);
      const region = regionOf(ectx, p);
      for (const a of accounts) {
        if (ITEMS in a) continue;
        const out = await p.send('bedrock', 'GetModelInvocationLoggingConfiguration', {}, region);
        const config = out.loggingConfig as Resource | undefined;
        a[ITEMS] = config ? [config] : [];
        if (config) a[ANNOTATION] = config;
      }
    });
    return {
      kind: 'process',
      async process(accounts, ectx) {
        if (inner.kind !== 'process') throw new Error('list-item over a fetched list is a process filter');
        const out = await inner.process(accounts, ectx);
        for (const a of accounts) delete a[ITEMS];
        return out;
      },
    };
  },
});
