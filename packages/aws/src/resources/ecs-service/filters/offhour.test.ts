import { testFilter } from '@c7n-ts/core/testing';
import services from '../resource.js';
import offhour from './offhour.js';

const db = (serviceArn: string, tag?: string) => ({
  serviceArn,
  status: 'ACTIVE',
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag }],
});
const resources = [db('dev-pg', ''), db('prod-pg', 'off'), db('qa-pg'), db('late-pg', 'off=(M-F,21)')];

// Tuesday 2026-03-10 19:00 in New York (EDT since Sunday): 23:00 UTC.
testFilter(offhour, {
  resourceType: services,
  now: Date.parse('2026-03-10T23:00:00Z'),
  valid: [
    { offhour: 19, default_tz: 'et' },
    { offhour: 19, default_tz: 'et', tag: 'Schedule', weekends: false, 'weekends-only': false },
    { offhour: 19, default_tz: 'et', 'fallback-schedule': 'off=(M-F,19)', fallback_schedule: 'off=(M-F,19)' },
    { offhour: 19, default_tz: 'et', 'skip-days': ['2026-12-25'] },
    { offhour: 19, default_tz: 'et', 'skip-days-from': { url: 'holidays.txt' } },
  ],
  invalid: [
    // c7n's base filter (registered on ECS services as is) requires both in the mapping form: a warning.
    { options: { default_tz: 'et' }, messageId: 'c7n-required' },
    { options: { offhour: 19 }, messageId: 'c7n-required' },
    { options: { offhour: 19, default_tz: 'et', 'state-filter': false }, messageId: 'schema' },
  ],
  cases: [
    { name: 'opt in', options: { offhour: 19, default_tz: 'et' }, resources, matches: ['dev-pg'] },
    {
      name: 'fallback-schedule: the untagged one follows it; skip-days skips the date',
      options: { offhour: 3, default_tz: 'et', 'fallback-schedule': 'off=(M-F,19)' },
      resources,
      matches: ['qa-pg'],
    },
    {
      name: 'skip-days',
      options: { offhour: 19, default_tz: 'et', 'skip-days': ['2026-03-10'] },
      resources,
      matches: [],
    },
    {
      name: 'opt out: untagged too, off opts out',
      options: { offhour: 19, default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['dev-pg', 'qa-pg'],
    },
  ],
});

// The same wall-clock hour on the Friday before the change was 00:00 UTC on Saturday.
testFilter(offhour, {
  resourceType: services,
  now: Date.parse('2026-03-07T00:00:00Z'),
  cases: [
    { name: 'Friday 19:00 EST', options: { offhour: 19, default_tz: 'et' }, resources, matches: ['dev-pg'] },
  ],
});
