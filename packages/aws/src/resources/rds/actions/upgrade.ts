import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { ENGINE_UPGRADE, engineUpgrades, upgradeTarget } from '../engine-upgrades.js';
import { text } from './_instance.js';

export default defineAction({
  type: 'upgrade',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      major: {
        type: 'boolean',
        default: false,
        description: 'Allow major version upgrades; by default only minor ones.',
      },
      immediate: {
        type: 'boolean',
        default: false,
        description: 'Apply now (ApplyImmediately) instead of in the next maintenance window.',
      },
    },
  } as const,
  // c7n names ModifyDBInstance only; without upgrade-available's target it reads DescribeDBEngineVersions.
  permissions: ['rds:ModifyDBInstance', 'rds:DescribeDBEngineVersions'],
  doc: {
    summary:
      "Upgrade DB instances to the newest engine version they can move to (ModifyDBInstance EngineVersion): the `upgrade-available` filter's target, else one read of DescribeDBEngineVersions. Instances with an engine version change already pending, or with nothing to upgrade to, get no call.",
    example: '- type: upgrade\n  major: false\n  immediate: false',
  },
  reads: () => ['DBInstanceIdentifier', 'Engine', 'EngineVersion', 'PendingModifiedValues', ENGINE_UPGRADE],
  async plan(dbs, opts, ctx) {
    const calls: PlannedCall[] = [];
    let upgrades: Awaited<ReturnType<typeof engineUpgrades>> | undefined;
    for (const db of dbs) {
      const id = text(db, 'DBInstanceIdentifier');
      if (!id) continue;
      const pending = db.PendingModifiedValues as Record<string, unknown> | undefined;
      if (pending && 'EngineVersion' in pending) {
        ctx.log?.('info', `rds: not upgrading ${id}: an engine version change is already pending`);
        continue;
      }
      let target = typeof db[ENGINE_UPGRADE] === 'string' ? (db[ENGINE_UPGRADE] as string) : undefined;
      if (!target) {
        if (!upgrades) {
          const read = ctx.read;
          if (!read) throw new Error('upgrade needs to read DescribeDBEngineVersions');
          // Read once, when the first instance without the filter's target comes, as c7n.
          upgrades = await engineUpgrades((op, input) => read('rds', op, input), opts.major);
        }
        target = upgradeTarget(upgrades, db);
        if (!target) {
          ctx.log?.('info', `rds: not upgrading ${id}: no newer engine version`);
          continue;
        }
      }
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { DBInstanceIdentifier: id, EngineVersion: target, ApplyImmediately: opts.immediate },
        resourceIds: [id],
        describe: `upgrade ${id} from ${String(db.EngineVersion)} to ${target}${opts.immediate ? ' now' : ' in the next maintenance window'}`,
      });
    }
    return calls;
  },
});
