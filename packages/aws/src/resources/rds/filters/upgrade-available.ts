import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { ENGINE_UPGRADE, engineUpgrades, upgradeTarget } from '../engine-upgrades.js';

export default defineFilter({
  type: 'upgrade-available',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      major: {
        type: 'boolean',
        default: false,
        description: 'Count major version upgrades too; by default only minor ones.',
      },
      value: {
        type: 'boolean',
        default: true,
        description: 'true: instances with an upgrade available; false: instances without one.',
      },
    },
  } as const,
  permissions: ['rds:DescribeDBEngineVersions'],
  doc: {
    summary:
      'DB instances whose engine version has a newer version to upgrade to (DescribeDBEngineVersions, all pages). A matched instance gets the newest target under `c7n-rds-engine-upgrade`, which the `upgrade` action then uses.',
    example: '- type: upgrade-available\n  major: false',
  },
  reads: () => ['Engine', 'EngineVersion'],
  compile(opts) {
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const upgrades = await engineUpgrades((op, input) => p.send('rds', op, input, region), opts.major);
        return rs.filter((r) => {
          const target = upgradeTarget(upgrades, r);
          // As in Cloud Custodian, `value: false` adds the instances without an upgrade; those
          // with one match either way.
          if (target === undefined) return opts.value === false;
          r[ENGINE_UPGRADE] = target;
          return true;
        });
      },
    };
  },
});
