import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import setDeprecation from './set-deprecation.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const owned = { ImageId: 'ami-1', OwnerId: '123456789012', CreationDate: '2024-02-01T00:00:00.000Z' };
const old = { ImageId: 'ami-2', OwnerId: '123456789012', CreationDate: '2023-01-01T00:00:00.000Z' };
const foreign = { ...owned, ImageId: 'ami-3', OwnerId: '999999999999' };

testAction(setDeprecation, {
  resourceType: ami,
  now,
  valid: [{}, { age: 90 }, { days: 30 }, { date: '2024-11-30' }],
  invalid: [
    { options: { days: 1.5 }, messageId: 'schema', path: ['days'] },
    { options: { age: '90' }, messageId: 'schema', path: ['age'] },
    { options: { date: 'next tuesday' }, messageId: 'bad-date', path: ['date'] },
  ],
  cases: [
    {
      name: 'no option disables deprecation on owned images only',
      options: {},
      resources: [owned, foreign],
      calls: [
        {
          service: 'ec2',
          operation: 'DisableImageDeprecation',
          input: { ImageId: 'ami-1' },
          resourceIds: ['ami-1'],
        },
      ],
    },
    {
      name: 'age counts from CreationDate; a past time becomes now + 1 minute',
      options: { age: 45 },
      resources: [owned, old],
      calls: [
        {
          operation: 'EnableImageDeprecation',
          input: { ImageId: 'ami-1', DeprecateAt: new Date('2024-03-17T00:00:00Z') },
        },
        {
          operation: 'EnableImageDeprecation',
          input: { ImageId: 'ami-2', DeprecateAt: new Date(now + 60_000) },
        },
      ],
    },
    {
      name: 'days counts from now',
      options: { days: 10 },
      resources: [owned],
      calls: [
        { operation: 'EnableImageDeprecation', input: { DeprecateAt: new Date('2024-03-11T00:00:00Z') } },
      ],
    },
    {
      name: 'date wins over days and age',
      options: { date: '2024-11-30T12:00:00Z', days: 10, age: 5 },
      resources: [owned],
      calls: [
        { operation: 'EnableImageDeprecation', input: { DeprecateAt: new Date('2024-11-30T12:00:00Z') } },
      ],
    },
  ],
});
