import { testAction } from '@c7n-ts/core/testing';
import clusters from '../resource.js';
import retention from './retention.js';

const windows = { PreferredBackupWindow: '07:00-07:30', PreferredMaintenanceWindow: 'sun:08:00-sun:08:30' };
const resources = [
  { DBClusterIdentifier: 'short', BackupRetentionPeriod: 1, ...windows },
  { DBClusterIdentifier: 'long', BackupRetentionPeriod: 30, ...windows },
  { DBClusterIdentifier: 'sv1', BackupRetentionPeriod: 1, EngineMode: 'serverless' },
];

testAction(retention, {
  resourceType: clusters,
  valid: [{ days: 7 }, { days: 7, enforce: 'exact' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: 7, enforce: 'least' }, messageId: 'schema', path: ['enforce'] },
  ],
  cases: [
    {
      name: 'min: raised to days (every cluster gets its call, as in c7n); serverless v1 without windows',
      options: { days: 7 },
      resources,
      calls: [
        {
          operation: 'ModifyDBCluster',
          input: { DBClusterIdentifier: 'short', BackupRetentionPeriod: 7, ...windows },
        },
        {
          operation: 'ModifyDBCluster',
          input: { DBClusterIdentifier: 'long', BackupRetentionPeriod: 30, ...windows },
        },
        { operation: 'ModifyDBCluster', input: { DBClusterIdentifier: 'sv1', BackupRetentionPeriod: 7 } },
      ],
    },
    {
      name: 'max lowers, exact sets',
      options: { days: 7, enforce: 'max' },
      resources: resources.slice(0, 2),
      calls: [
        { input: { DBClusterIdentifier: 'short', BackupRetentionPeriod: 1 } },
        { input: { DBClusterIdentifier: 'long', BackupRetentionPeriod: 7 } },
      ],
    },
  ],
});
