import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import table from '../resource.js';
import continuousBackup from './continuous-backup.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-continuous-backup', import.meta.url));

// Flight data, one answer per table in order: PITR disabled, PITR enabled, TableNotFoundException.
const resources = [{ TableName: 'orders' }, { TableName: 'ledger' }, { TableName: 'gone' }];
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(continuousBackup, {
  resourceType: table,
  context: { provider: await provider() },
  valid: [{ key: 'ContinuousBackupsStatus', value: 'DISABLED' }],
  invalid: [{ options: { key: 'ContinuousBackupsStatus', op: 'bigger' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'PITR not enabled; a table gone is matched against an empty description, as c7n',
      options: {
        key: 'PointInTimeRecoveryDescription.PointInTimeRecoveryStatus',
        op: 'ne',
        value: 'ENABLED',
      },
      resources,
      matches: ['orders', 'gone'],
    },
    {
      name: 'by recovery period',
      options: { key: 'PointInTimeRecoveryDescription.RecoveryPeriodInDays', value: 35 },
      resources,
      matches: ['ledger'],
    },
  ],
});
