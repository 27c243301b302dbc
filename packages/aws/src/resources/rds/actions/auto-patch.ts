import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { text } from './_instance.js';

export default defineAction({
  type: 'auto-patch',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minor: {
        type: 'boolean',
        default: true,
        description: 'AutoMinorVersionUpgrade to set: true turns automatic minor upgrades on.',
      },
      window: {
        type: 'string',
        description:
          'PreferredMaintenanceWindow to set, `ddd:hh24:mi-ddd:hh24:mi` (UTC, at least 30 minutes). Without it the window is left as it is.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  doc: {
    summary:
      'Turn automatic minor version upgrades on (or off with `minor: false`) with ModifyDBInstance, optionally setting the maintenance window. One call per instance.',
    example: '- type: auto-patch\n  minor: true\n  window: Mon:23:00-Tue:01:00',
  },
  reads: () => ['DBInstanceIdentifier'],
  plan(dbs, opts) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: {
          DBInstanceIdentifier: id,
          AutoMinorVersionUpgrade: opts.minor,
          ...(opts.window && { PreferredMaintenanceWindow: opts.window }),
        },
        resourceIds: [id],
        describe: `set AutoMinorVersionUpgrade=${opts.minor}${opts.window ? ` and maintenance window ${opts.window}` : ''} on ${id}`,
      });
    }
    return calls;
  },
});
