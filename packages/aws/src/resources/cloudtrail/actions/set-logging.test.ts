import { testAction } from '@c7n-ts/core/testing';
import trails from '../resource.js';
import setLogging from './set-logging.js';

const arn = (account: string, name: string) => `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`;

testAction(setLogging, {
  resourceType: trails,
  valid: [{}, { enabled: false }],
  invalid: [{ options: { enabled: 'no' }, messageId: 'schema', path: ['enabled'] }],
  cases: [
    {
      name: 'starts logging by name by default',
      options: {},
      resources: [{ Name: 'main', TrailARN: arn('123456789012', 'main'), HomeRegion: 'us-east-1' }],
      calls: [
        {
          service: 'cloudtrail',
          operation: 'StartLogging',
          input: { Name: 'main' },
          resourceIds: [arn('123456789012', 'main')],
        },
      ],
    },
    {
      name: 'stops logging, skipping shadow trails',
      options: { enabled: false },
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
      calls: [{ operation: 'StopLogging', input: { Name: 'main' } }],
    },
  ],
});
