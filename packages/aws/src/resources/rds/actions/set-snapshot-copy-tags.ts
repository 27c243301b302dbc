import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { text } from './_instance.js';

export default defineAction({
  type: 'set-snapshot-copy-tags',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enable: {
        type: 'boolean',
        default: true,
        description: 'CopyTagsToSnapshot to set.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  deprecated: {
    since: '0.1.0',
    message: 'Cloud Custodian deprecates it for modify-db with the CopyTagsToSnapshot property.',
    replacement: 'modify-db',
  },
  doc: {
    summary:
      'Set whether DB instances copy their tags to their snapshots (ModifyDBInstance CopyTagsToSnapshot); instances already set that way get no call.',
    example: '- type: set-snapshot-copy-tags\n  enable: true',
  },
  reads: () => ['DBInstanceIdentifier', 'CopyTagsToSnapshot'],
  plan(dbs, opts) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id || db.CopyTagsToSnapshot === opts.enable) continue;
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { DBInstanceIdentifier: id, CopyTagsToSnapshot: opts.enable },
        resourceIds: [id],
        describe: `set CopyTagsToSnapshot=${opts.enable} on ${id}`,
      });
    }
    return calls;
  },
});
