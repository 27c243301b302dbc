import { testFilter } from '@c7n-ts/core/testing';
import rdsSnapshot from '../resource.js';
import onhour from './onhour.js';

const snap = (DBSnapshotIdentifier: string, tag?: string) => ({
  DBSnapshotIdentifier,
  Tags: tag === undefined ? [] : [{ Key: 'restore_schedule', Value: tag }],
});
const resources = [snap('nightly-1', 'on=(M-F,7);tz=pt'), snap('nightly-2', 'off'), snap('nightly-3')];

// Monday 2026-11-02 07:00 in Los Angeles (PST): 15:00 UTC.
testFilter(onhour, {
  resourceType: rdsSnapshot,
  now: Date.parse('2026-11-02T15:00:00Z'),
  valid: [
    { onhour: 7, default_tz: 'pt' },
    { onhour: 7, default_tz: 'pt', weekends: false, 'weekends-only': true },
    { onhour: 7, default_tz: 'pt', 'fallback-schedule': 'on=(M-F,7)', fallback_schedule: 'on=(M-F,7)' },
    { onhour: 7, default_tz: 'pt', 'skip-days': ['2026-12-25'] },
    { onhour: 7, default_tz: 'pt', 'skip-days-from': { url: 'holidays.txt' } },
  ],
  invalid: [
    { options: { onhour: 7 }, messageId: 'c7n-required' },
    { options: { offhour: 19, onhour: 7, default_tz: 'pt' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'snapshots whose schedule says 07:00 in their zone',
      options: { onhour: 9, default_tz: 'et', tag: 'restore_schedule' },
      resources,
      matches: ['nightly-1'],
    },
    {
      name: 'fallback-schedule and skip-days',
      options: { onhour: 3, default_tz: 'et', tag: 'restore_schedule', 'fallback-schedule': 'on=(M-F,10)' },
      resources,
      matches: ['nightly-1', 'nightly-3'],
    },
    {
      name: 'a skip day',
      options: { onhour: 9, default_tz: 'et', tag: 'restore_schedule', 'skip-days': ['2026-11-02'] },
      resources,
      matches: [],
    },
    {
      name: 'opt out: the untagged one follows the policy hour in the policy zone',
      options: { onhour: 10, default_tz: 'et', tag: 'restore_schedule', 'opt-out': true },
      resources,
      matches: ['nightly-1', 'nightly-3'],
    },
  ],
});
