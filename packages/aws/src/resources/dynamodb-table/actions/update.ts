import { defineAction } from '@c7n-ts/core';
import { perActiveTable } from './_table.js';

export default defineAction({
  type: 'update',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      BillingMode: {
        enum: ['PROVISIONED', 'PAY_PER_REQUEST'],
        description:
          'Capacity mode: PROVISIONED (give ProvisionedThroughput) or PAY_PER_REQUEST (on demand).',
      },
      DeletionProtectionEnabled: {
        enum: [true, false],
        description: 'Turn deletion protection on or off.',
      },
      ProvisionedThroughput: {
        type: 'object',
        description: 'Provisioned read and write capacity of the table.',
        properties: {
          ReadCapacityUnits: { type: 'integer', description: 'Strongly consistent reads per second.' },
          WriteCapacityUnits: { type: 'integer', description: 'Writes per second.' },
        },
      },
    },
  } as const,
  permissions: ['dynamodb:UpdateTable'],
  doc: {
    summary:
      'Change the billing mode, provisioned throughput or deletion protection of each ACTIVE table with UpdateTable, the options sent as given (other tables are passed over, as Cloud Custodian does); a table gone since the listing counts as done.',
    example: '- type: update\n  BillingMode: PAY_PER_REQUEST',
  },
  reads: () => ['TableName', 'TableStatus'],
  plan: (tables, opts, ctx) => {
    const { type: _t, ...params } = opts as Record<string, unknown>;
    return perActiveTable(
      tables,
      'UpdateTable',
      'update',
      ctx.log,
      (name) => ({ TableName: name, ...params }),
      ['TableNotFoundException'],
    );
  },
});
