import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import setInventory from './set-inventory.js';

// ListBucketInventoryConfigurations answers, in order: `daily` as this action would set it,
// `daily` disabled, no configuration, AccessDenied.
const replay = replayReader('action-set-inventory');
const daily = { name: 'daily', destination: 'inventory-reports', fields: ['Size', 'EncryptionStatus'] };
const inventory = (extra: Record<string, unknown> = {}) => ({
  Destination: {
    S3BucketDestination: {
      Bucket: 'arn:aws:s3:::inventory-reports',
      Format: 'CSV',
      Prefix: 'Inventories/123456789012',
      ...extra,
    },
  },
  IsEnabled: true,
  Id: 'daily',
  OptionalFields: ['EncryptionStatus', 'Size'],
  IncludedObjectVersions: 'Current',
  Schedule: { Frequency: 'Daily' },
});

testAction(setInventory, {
  resourceType: s3,
  context: { read: replay.read },
  valid: [daily, { ...daily, state: 'absent' }, { ...daily, encryption: 'SSEKMS', key_id: 'alias/inv' }],
  invalid: [
    { options: { name: 'daily' }, messageId: 'schema' },
    { options: { ...daily, fields: ['Colour'] }, messageId: 'schema' },
    { options: { ...daily, schedule: 'Hourly' }, messageId: 'schema', path: ['schedule'] },
  ],
  cases: [
    {
      name: 'lists first: the same configuration is left alone, a different one updated, a missing one added',
      options: daily,
      resources: [{ Name: 'same' }, { Name: 'disabled' }, { Name: 'none' }, { Name: 'denied' }],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketInventoryConfiguration',
          input: { Bucket: 'disabled', Id: 'daily', InventoryConfiguration: inventory() },
          resourceIds: ['disabled'],
          describe: 'update the inventory configuration daily of disabled',
        },
        {
          input: { Bucket: 'none', Id: 'daily', InventoryConfiguration: inventory() },
          describe: 'add the inventory configuration daily of none',
        },
      ],
    },
    {
      name: 'encryption with a KMS key, in a prefix of choice',
      options: { ...daily, encryption: 'SSEKMS', key_id: 'alias/inv', prefix: 'inv' },
      resources: [{ Name: 'same' }],
      calls: [
        {
          input: {
            Bucket: 'same',
            InventoryConfiguration: inventory({
              Prefix: 'inv',
              Encryption: { SSEKMS: { KeyId: 'alias/inv' } },
            }),
          },
        },
      ],
    },
    {
      name: 'versions, format, schedule and state: disabled',
      options: { ...daily, versions: 'All', format: 'Parquet', schedule: 'Weekly', state: 'disabled' },
      resources: [{ Name: 'none' }],
      calls: [
        {
          input: {
            Bucket: 'none',
            InventoryConfiguration: {
              ...inventory({ Format: 'Parquet' }),
              IsEnabled: false,
              IncludedObjectVersions: 'All',
              Schedule: { Frequency: 'Weekly' },
            },
          },
        },
      ],
    },
    {
      name: 'state: absent deletes without listing',
      options: { ...daily, state: 'absent' },
      resources: [{ Name: 'b1' }],
      calls: [
        {
          operation: 'DeleteBucketInventoryConfiguration',
          input: { Bucket: 'b1', Id: 'daily' },
          okErrors: ['NoSuchConfiguration'],
        },
      ],
    },
  ],
});
