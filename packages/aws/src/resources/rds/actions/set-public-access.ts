import { defineAction } from '@c7n-ts/core';
import { text } from './_instance.js';

export default defineAction({
  type: 'set-public-access',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description: 'The PubliclyAccessible value to set: `false` (the default) makes instances private.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  doc: {
    summary:
      "Set DB instances' PubliclyAccessible flag with ModifyDBInstance. As in Cloud Custodian, every matched instance gets the call, whatever its current flag; filter on `PubliclyAccessible` to limit it.",
    example: '- type: set-public-access\n  state: false',
  },
  reads: () => ['DBInstanceIdentifier'],
  plan(dbs, opts) {
    return dbs.flatMap((db) => {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) return [];
      return [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: id, PubliclyAccessible: opts.state },
          resourceIds: [id],
          describe: opts.state ? `make ${id} publicly accessible` : `make ${id} private`,
        },
      ];
    });
  },
});
