import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import onhour from './onhour.js';

const instance = (InstanceId: string, tag?: string, state = 'stopped') => ({
  InstanceId,
  State: { Name: state },
  Tags: tag === undefined ? [] : [{ Key: 'maid_offhours', Value: tag }],
});

const resources = [
  instance('i-berlin', 'tz=cet'),
  instance('i-berlin-iana', 'on=(M-F,7);tz=Europe/Berlin'),
  instance('i-new-york', ''),
  instance('i-opted-out', 'off'),
  instance('i-untagged'),
  instance('i-running', 'tz=cet', 'running'),
  // Only an off schedule: the policy's on hour applies.
  instance('i-off-only', 'off=(M-F,19);tz=cet'),
  instance('i-sunday', 'on=(U,7);tz=cet'),
];

// Monday 2026-03-30 07:00 in Berlin (CEST: the clocks went forward the day before), 05:00 UTC.
testFilter(onhour, {
  resourceType: ec2,
  now: Date.parse('2026-03-30T05:00:00Z'),
  valid: [
    {},
    { default_tz: 'cet', onhour: 7, 'state-filter': true },
    { tag: 'downtime', weekends: true, 'fallback-schedule': 'on=(M-F,7)', fallback_schedule: 'on=(M-F,8)' },
    { 'skip-days': ['2026-12-25'] },
    { 'skip-days-from': { url: 'holidays.csv', expr: 0 } },
  ],
  invalid: [
    { options: { onhour: -1 }, messageId: 'schema', path: ['onhour'] },
    { options: { default_tz: 'Europe/Nowhere' }, messageId: 'invalid-tz', path: ['default_tz'] },
  ],
  cases: [
    {
      name: 'stopped instances whose zone says 07:00 on a weekday',
      options: {},
      resources,
      matches: ['i-berlin', 'i-berlin-iana', 'i-off-only'],
    },
    {
      name: 'opt out and state-filter false',
      options: { 'opt-out': true, 'state-filter': false, default_tz: 'cet' },
      resources,
      matches: ['i-berlin', 'i-berlin-iana', 'i-new-york', 'i-untagged', 'i-running', 'i-off-only'],
    },
    {
      name: 'skip-days and the fallback schedule for untagged instances',
      options: { 'skip-days': ['2026-03-31'], 'fallback-schedule': 'on=(M-F,7);tz=cet' },
      resources,
      matches: ['i-berlin', 'i-berlin-iana', 'i-untagged', 'i-off-only'],
    },
    {
      name: 'a skip day in the resource zone matches nothing',
      options: { 'skip-days': ['2026-03-30'] },
      resources,
      matches: [],
    },
    {
      name: 'weekends-only turns on on Mondays',
      options: { 'weekends-only': true, default_tz: 'Europe/Berlin' },
      resources,
      matches: ['i-berlin', 'i-berlin-iana', 'i-new-york', 'i-off-only'],
    },
  ],
});

// Friday 2026-03-27 07:00 in Berlin was 06:00 UTC (CET); at 05:00 UTC it was 06:00 there.
testFilter(onhour, {
  resourceType: ec2,
  now: Date.parse('2026-03-27T06:00:00Z'),
  cases: [
    {
      name: 'before the change: 06:00 UTC',
      options: {},
      resources,
      matches: ['i-berlin', 'i-berlin-iana', 'i-off-only'],
    },
  ],
});
testFilter(onhour, {
  resourceType: ec2,
  now: Date.parse('2026-03-27T05:00:00Z'),
  cases: [{ name: 'before the change, 05:00 UTC is 06:00 in Berlin', options: {}, resources, matches: [] }],
});
// Sunday 2026-03-29 07:00 CEST: weekends are off by default, a tag naming Sunday turns on.
testFilter(onhour, {
  resourceType: ec2,
  now: Date.parse('2026-03-29T05:00:00Z'),
  cases: [
    { name: 'Sunday: only a schedule naming U', options: {}, resources, matches: ['i-sunday'] },
    {
      name: 'weekends: false runs the default schedule every day',
      options: { weekends: false },
      resources,
      matches: ['i-berlin', 'i-off-only', 'i-sunday'],
    },
  ],
});
