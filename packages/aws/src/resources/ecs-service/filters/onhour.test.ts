import { testFilter } from '@c7n-ts/core/testing';
import services from '../resource.js';
import onhour from './onhour.js';

const db = (serviceArn: string, tag?: string) => ({
  serviceArn,
  status: 'ACTIVE',
  Tags: tag === undefined ? [] : [{ Key: 'Schedule', Value: tag }],
});
const resources = [db('dev-pg', 'on'), db('prod-pg', 'off'), db('qa-pg'), db('early-pg', 'on=(M-F,6);tz=et')];

// Monday 2026-11-02 07:00 in New York (EST since Sunday): 12:00 UTC.
testFilter(onhour, {
  resourceType: services,
  now: Date.parse('2026-11-02T12:00:00Z'),
  valid: [
    { onhour: 7, default_tz: 'America/New_York', tag: 'Schedule' },
    { onhour: 7, default_tz: 'et', weekends: false, 'weekends-only': true, 'opt-out': false },
    { onhour: 7, default_tz: 'et', 'fallback-schedule': 'on=(M-F,7)', fallback_schedule: 'on=(M-F,7)' },
    { onhour: 7, default_tz: 'et', 'skip-days': ['2026-12-25'] },
    { onhour: 7, default_tz: 'et', 'skip-days-from': { url: 'holidays.txt' } },
  ],
  invalid: [
    { options: { default_tz: 'et' }, messageId: 'c7n-required' },
    { options: { onhour: 7, default_tz: 'nowhere' }, messageId: 'invalid-tz', path: ['default_tz'] },
  ],
  cases: [
    {
      name: 'opt out with a custom tag',
      options: { onhour: 7, default_tz: 'et', tag: 'schedule', 'opt-out': true },
      resources,
      matches: ['dev-pg', 'qa-pg'],
    },
    {
      name: 'fallback_schedule (the older spelling) for the untagged one; skip-days wins',
      options: { onhour: 3, default_tz: 'et', tag: 'Schedule', fallback_schedule: 'on=(M-F,7)' },
      resources,
      matches: ['qa-pg'],
    },
    {
      name: 'skip-days',
      options: { onhour: 7, default_tz: 'et', tag: 'Schedule', 'opt-out': true, 'skip-days': ['2026-11-02'] },
      resources,
      matches: [],
    },
    {
      name: 'the tag hour: 06:00 EST is 11:00 UTC, not now',
      options: { onhour: 6, default_tz: 'et', tag: 'Schedule' },
      resources,
      matches: [],
    },
  ],
});
