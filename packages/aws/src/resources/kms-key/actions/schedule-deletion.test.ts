import { testAction } from '@c7n-ts/core/testing';
import keys from '../resource.js';
import scheduleDeletion from './schedule-deletion.js';

testAction(scheduleDeletion, {
  resourceType: keys,
  valid: [{}, { days: 7 }, { days: 30 }],
  invalid: [
    { options: { days: 6 }, messageId: 'schema', path: ['days'] },
    { options: { days: 31 }, messageId: 'schema', path: ['days'] },
    { options: { days: 7.5 }, messageId: 'schema', path: ['days'] },
  ],
  cases: [
    {
      name: 'a 30-day window by default',
      options: {},
      resources: [{ KeyId: 'k1' }, { KeyId: 'k2' }],
      calls: [
        {
          service: 'kms',
          operation: 'ScheduleKeyDeletion',
          input: { KeyId: 'k1', PendingWindowInDays: 30 },
          resourceIds: ['k1'],
        },
        {
          service: 'kms',
          operation: 'ScheduleKeyDeletion',
          input: { KeyId: 'k2', PendingWindowInDays: 30 },
          resourceIds: ['k2'],
        },
      ],
    },
    {
      name: 'days sets the window',
      options: { days: 7 },
      resources: [{ KeyId: 'k1' }],
      calls: [
        {
          service: 'kms',
          operation: 'ScheduleKeyDeletion',
          input: { KeyId: 'k1', PendingWindowInDays: 7 },
          resourceIds: ['k1'],
        },
      ],
    },
  ],
});
