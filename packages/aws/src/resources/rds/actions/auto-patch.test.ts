import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import autoPatch from './auto-patch.js';

const dbs = [
  { DBInstanceIdentifier: 'db-1', AutoMinorVersionUpgrade: false },
  { DBInstanceIdentifier: 'db-2' },
];

testAction(autoPatch, {
  resourceType: rds,
  valid: [{}, { minor: false }, { minor: true, window: 'mon:23:00-tue:01:00' }],
  invalid: [
    { options: { minor: 'yes' }, messageId: 'schema', path: ['minor'] },
    { options: { window: 5 }, messageId: 'schema', path: ['window'] },
    { options: { major: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'turns minor upgrades on by default, one call per instance, the window untouched',
      options: {},
      resources: dbs,
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'db-1', AutoMinorVersionUpgrade: true },
          resourceIds: ['db-1'],
          describe: 'set AutoMinorVersionUpgrade=true on db-1',
        },
        { input: { DBInstanceIdentifier: 'db-2', AutoMinorVersionUpgrade: true } },
      ],
    },
    {
      name: 'with a window',
      options: { minor: false, window: 'mon:23:00-tue:01:00' },
      resources: dbs.slice(0, 1),
      calls: [
        {
          input: {
            DBInstanceIdentifier: 'db-1',
            AutoMinorVersionUpgrade: false,
            PreferredMaintenanceWindow: 'mon:23:00-tue:01:00',
          },
        },
      ],
    },
  ],
});
