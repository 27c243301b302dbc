import { defineAction } from '@c7n-ts/core';
import { perActiveTable } from './_table.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description: 'Turn deletion protection off first (UpdateTable), so protected tables are deleted too.',
      },
    },
  } as const,
  permissions: ['dynamodb:UpdateTable', 'dynamodb:DeleteTable'],
  doc: {
    summary:
      'Delete each ACTIVE table with DeleteTable (other tables are passed over, as Cloud Custodian does); with `force`, deletion protection is turned off first, 20 tables at a time as Cloud Custodian batches them.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['TableName', 'TableStatus'],
  plan: (tables, opts, ctx) => {
    const active = tables.filter((t) => t.TableStatus === 'ACTIVE');
    // Logs the tables passed over once.
    const deletes = perActiveTable(tables, 'DeleteTable', 'delete', ctx.log);
    if (!opts.force) return deletes;
    const calls = [];
    for (let i = 0; i < active.length; i += 20) {
      calls.push(
        ...perActiveTable(
          active.slice(i, i + 20),
          'UpdateTable',
          'turn deletion protection off for',
          undefined,
          (name) => ({ TableName: name, DeletionProtectionEnabled: false }),
          ['TableNotFoundException'],
        ),
        ...deletes.slice(i, i + 20),
      );
    }
    return calls;
  },
});
