import { defineAction } from '@c7n-ts/core';
import { perActiveTable } from './_table.js';

export default defineAction({
  type: 'set-continuous-backup',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'Turn point-in-time recovery on (true, the default) or off (false).',
      },
    },
  } as const,
  permissions: ['dynamodb:UpdateContinuousBackups'],
  doc: {
    summary:
      'Turn point-in-time recovery on or off for each ACTIVE table with UpdateContinuousBackups (other tables are passed over, as Cloud Custodian does); a table gone since the listing counts as done.',
    example: '- type: set-continuous-backup\n  state: true',
  },
  reads: () => ['TableName', 'TableStatus'],
  plan: (tables, opts, ctx) =>
    perActiveTable(
      tables,
      'UpdateContinuousBackups',
      `set point-in-time recovery ${opts.state === false ? 'off' : 'on'} for`,
      ctx.log,
      (name) => ({
        TableName: name,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: opts.state ?? true },
      }),
      ['TableNotFoundException'],
    ),
});
