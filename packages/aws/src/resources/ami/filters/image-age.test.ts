import { testFilter } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import imageAge from './image-age.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const resources = [
  { ImageId: 'ami-old', CreationDate: '2023-12-01T10:00:00.000Z' },
  { ImageId: 'ami-month', CreationDate: '2024-01-31T00:00:00.000Z' },
  { ImageId: 'ami-new', CreationDate: '2024-02-29T20:00:00.000Z' },
  { ImageId: 'ami-no-date' },
];

testFilter(imageAge, {
  resourceType: ami,
  now,
  valid: [{}, { days: 30 }, { op: 'le', days: 0.2 }],
  invalid: [
    { options: { days: -1 }, messageId: 'schema', path: ['days'] },
    { options: { op: 'newer' }, messageId: 'schema', path: ['op'] },
    { options: { hours: 1 }, messageId: 'schema' },
  ],
  cases: [
    { name: 'older than 60 days', options: { days: 60 }, resources, matches: ['ami-old'] },
    {
      name: 'op ge includes the boundary',
      options: { op: 'ge', days: 30 },
      resources,
      matches: ['ami-old', 'ami-month'],
    },
    { name: 'op lt: younger than', options: { op: 'lt', days: 1 }, resources, matches: ['ami-new'] },
  ],
});
