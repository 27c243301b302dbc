import { testAction } from '@c7n-ts/core/testing';
import trails from '../resource.js';
import updateTrail from './update-trail.js';

const arn = (account: string, name: string) => `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`;
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

testAction(updateTrail, {
  resourceType: trails,
  valid: [{ attributes: { KmsKeyId: KEY, EnableLogFileValidation: true } }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { attributes: { Name: 'x' } }, messageId: 'trail-name', path: ['attributes', 'Name'] },
    {
      options: { attributes: { LogFileValidationEnabled: true } },
      messageId: 'unknown-member',
      path: ['attributes', 'LogFileValidationEnabled'],
    },
  ],
  cases: [
    {
      name: 'UpdateTrail by name with the attributes, skipping shadow trails',
      options: { attributes: { KmsKeyId: KEY, EnableLogFileValidation: true } },
      resources: [
        { Name: 'main', TrailARN: arn('123456789012', 'main'), HomeRegion: 'us-east-1' },
        {
          Name: 'copy',
          TrailARN: arn('123456789012', 'copy'),
          HomeRegion: 'us-west-2',
          IsMultiRegionTrail: true,
        },
      ],
      calls: [
        {
          service: 'cloudtrail',
          operation: 'UpdateTrail',
          input: { Name: 'main', KmsKeyId: KEY, EnableLogFileValidation: true },
          resourceIds: [arn('123456789012', 'main')],
        },
      ],
    },
  ],
});
