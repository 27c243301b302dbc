import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import toggleVersioning from './toggle-versioning.js';

const buckets = () => [
  { Name: 'never', Versioning: {} },
  { Name: 'suspended', Versioning: { Status: 'Suspended' } },
  { Name: 'enabled', Versioning: { Status: 'Enabled' }, Location: { LocationConstraint: 'eu-west-2' } },
  { Name: 'unread' },
];

testAction(toggleVersioning, {
  resourceType: s3,
  valid: [{}, { enabled: false }],
  invalid: [
    { options: { enabled: 'yes' }, messageId: 'schema', path: ['enabled'] },
    { options: { mfa: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'enables where versioning is suspended or was never configured',
      options: {},
      resources: buckets(),
      calls: [
        {
          service: 's3',
          operation: 'PutBucketVersioning',
          input: { Bucket: 'never', VersioningConfiguration: { Status: 'Enabled' } },
          resourceIds: ['never'],
          describe: 'enable versioning on never',
          okErrors: ['AccessDenied'],
        },
        { input: { Bucket: 'suspended', VersioningConfiguration: { Status: 'Enabled' } } },
        { input: { Bucket: 'unread', VersioningConfiguration: { Status: 'Enabled' } } },
      ],
    },
    {
      name: "enabled: false suspends where it is enabled, in the bucket's region",
      options: { enabled: false },
      resources: buckets(),
      calls: [
        {
          input: { Bucket: 'enabled', VersioningConfiguration: { Status: 'Suspended' } },
          describe: 'suspend versioning on enabled',
          region: 'eu-west-2',
        },
      ],
    },
  ],
});
