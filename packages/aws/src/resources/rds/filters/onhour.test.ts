import { testFilter } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import onhour from './onhour.js';

const db = (DBInstanceIdentifier: string, tag?: string) => ({
  DBInstanceIdentifier,
  DBInstanceStatus: 'stopped',
  Tags: tag === undefined ? [] : [{ Key: 'Schedule', Value: tag }],
});
const resources = [db('dev-pg', 'on'), db('prod-pg', 'off'), db('qa-pg'), db('early-pg', 'on=(M-F,6);tz=et')];

// Monday 2026-11-02 07:00 in New York (EST since Sunday): 12:00 UTC.
testFilter(onhour, {
  resourceType: rds,
  now: Date.parse('2026-11-02T12:00:00Z'),
  valid: [{ onhour: 7, default_tz: 'America/New_York', tag: 'Schedule' }],
  invalid: [
    { options: { default_tz: 'et' }, messageId: 'schema' },
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
      name: 'the tag hour: 06:00 EST is 11:00 UTC, not now',
      options: { onhour: 6, default_tz: 'et', tag: 'Schedule' },
      resources,
      matches: [],
    },
  ],
});
