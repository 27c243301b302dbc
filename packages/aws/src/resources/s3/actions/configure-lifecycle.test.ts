import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import configureLifecycle from './configure-lifecycle.js';

const archive = {
  ID: 'archive',
  Status: 'Enabled',
  Filter: { Prefix: 'logs/' },
  Transitions: [{ Days: 60, StorageClass: 'GLACIER' }],
};
const expire = { ID: 'expire', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } };

const buckets = (list: Record<string, unknown>[]) => list;

testAction(configureLifecycle, {
  resourceType: s3,
  valid: [{ rules: [archive] }, { rules: [{ ID: 'old', Status: 'absent' }] }, {}],
  invalid: [
    { options: { rules: [{ ID: 'x' }] }, messageId: 'schema' },
    { options: { rules: [{ ID: 'x', Status: 'On' }] }, messageId: 'schema' },
    { options: { rules: [{ ID: 'x', Status: 'Enabled', Filter: {} }] }, messageId: 'schema' },
    { options: { rules: [{ ID: 'x', Status: 'Enabled', Expiration: { Weeks: 1 } }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'replaces a rule by ID, keeps the others and adds new ones; a bucket without lifecycle gets the new rules',
      options: { rules: [archive, expire] },
      resources: buckets([
        {
          Name: 'logs',
          Location: { LocationConstraint: 'eu-west-1' },
          Lifecycle: {
            Rules: [
              { ID: 'archive', Status: 'Disabled' },
              { ID: 'keep', Status: 'Enabled' },
            ],
          },
        },
        { Name: 'fresh', Lifecycle: null },
      ]),
      calls: [
        {
          service: 's3',
          operation: 'PutBucketLifecycleConfiguration',
          input: {
            Bucket: 'logs',
            LifecycleConfiguration: { Rules: [archive, { ID: 'keep', Status: 'Enabled' }, expire] },
          },
          resourceIds: ['logs'],
          region: 'eu-west-1',
          okErrors: ['AccessDenied'],
          describe: 'set 3 lifecycle rules on logs (archive, keep, expire)',
        },
        { input: { Bucket: 'fresh', LifecycleConfiguration: { Rules: [archive, expire] } } },
      ],
    },
    {
      name: 'Status absent removes the rule; with none left the configuration is deleted; unreadable ones are left alone',
      options: { rules: [{ ID: 'archive', Status: 'absent' }] },
      resources: buckets([
        { Name: 'one', Lifecycle: { Rules: [{ ID: 'archive', Status: 'Enabled' }] } },
        { Name: 'two', Lifecycle: { Rules: [{ ID: 'archive', Status: 'Enabled' }, expire] } },
        { Name: 'denied', Lifecycle: null, 'c7n:DeniedMethods': ['get_bucket_lifecycle_configuration'] },
      ]),
      calls: [
        {
          operation: 'DeleteBucketLifecycle',
          input: { Bucket: 'one' },
          describe: 'delete the lifecycle configuration of one, no rule being left',
        },
        {
          operation: 'PutBucketLifecycleConfiguration',
          input: { Bucket: 'two', LifecycleConfiguration: { Rules: [expire] } },
        },
      ],
    },
  ],
});
