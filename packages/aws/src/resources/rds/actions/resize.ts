import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { text } from './_instance.js';

/** `old * (100 + percent) / 100`, rounded half away from zero as Cloud Custodian's Decimal ROUND_HALF_UP. */
export function resized(old: number, percent: number): number {
  const n = old * (100 + percent); // exact for whole percents: the halves stay exact below
  return Math.sign(n) * Math.floor(Math.abs(n) / 100 + 0.5);
}

export default defineAction({
  type: 'resize',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      percent: {
        type: 'number',
        description: 'Change of AllocatedStorage in percent: 30 grows it by 30%, -30 shrinks it by 30%.',
      },
      immediate: {
        type: 'boolean',
        default: false,
        description: 'Apply now (ApplyImmediately) instead of in the next maintenance window.',
      },
    },
    required: ['percent'],
  } as const,
  permissions: ['rds:ModifyDBInstance'],
  doc: {
    summary:
      'Change the allocated storage of DB instances by a percentage (ModifyDBInstance AllocatedStorage, in GiB, rounded half up), in the next maintenance window unless `immediate`.',
    example: '- type: resize\n  percent: 30\n  immediate: true',
  },
  reads: () => ['DBInstanceIdentifier', 'AllocatedStorage'],
  plan(dbs, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      if (typeof db.AllocatedStorage !== 'number') {
        // c7n fails the run on such an instance (Aurora members report no storage); skip it.
        ctx.log?.('warn', `rds: not resizing ${id}: no AllocatedStorage`);
        continue;
      }
      const size = resized(db.AllocatedStorage, opts.percent);
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { DBInstanceIdentifier: id, AllocatedStorage: size, ApplyImmediately: opts.immediate },
        resourceIds: [id],
        describe: `resize ${id} from ${db.AllocatedStorage} to ${size} GiB${opts.immediate ? ' now' : ' in the next maintenance window'}`,
      });
    }
    return calls;
  },
});
