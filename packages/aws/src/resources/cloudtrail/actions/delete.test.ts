import { testAction } from '@c7n-ts/core/testing';
import trails from '../resource.js';
import deleteAction from './delete.js';

const arn = (account: string, name: string) => `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`;

testAction(deleteAction, {
  resourceType: trails,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes by name, a trail gone being fine, skipping shadow trails',
      options: {},
      resources: [
        { Name: 'main', TrailARN: arn('123456789012', 'main'), HomeRegion: 'us-east-1' },
        {
          Name: 'copy',
          TrailARN: arn('123456789012', 'copy'),
          HomeRegion: 'us-west-2',
          IsMultiRegionTrail: true,
        },
        {
          Name: 'org',
          TrailARN: arn('999988887777', 'org'),
          HomeRegion: 'us-east-1',
          IsOrganizationTrail: true,
        },
      ],
      calls: [
        {
          service: 'cloudtrail',
          operation: 'DeleteTrail',
          input: { Name: 'main' },
          resourceIds: [arn('123456789012', 'main')],
          okErrors: ['TrailNotFoundException'],
        },
      ],
    },
  ],
});
