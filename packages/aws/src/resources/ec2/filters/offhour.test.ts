import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import offhour from './offhour.js';

const instance = (InstanceId: string, tag?: string, state = 'running') => ({
  InstanceId,
  State: { Name: state },
  Tags: tag === undefined ? [{ Key: 'Name', Value: InstanceId }] : [{ Key: 'maid_offhours', Value: tag }],
});

const resources = [
  instance('i-default', ''),
  instance('i-on', 'on'),
  instance('i-opted-out', 'off'),
  instance('i-untagged'),
  // 18:00 in Chicago is 19:00 in New York.
  instance('i-central', 'off=(M-F,18);tz=ct'),
  instance('i-list', 'off=[(M-F,22),(H-M,19)];on=(M-F,7)'),
  instance('i-pacific', 'tz=pt'),
  instance('i-malformed', 'off=(M-F,25)'),
  instance('i-bad-key', 'stop=(M-F,19)'),
  instance('i-bad-tz', 'tz=mars/olympus'),
  instance('i-stopped', '', 'stopped'),
  instance('i-escaped', 'offu3du28mu2dfu2c18u29u3btzu3dct'),
];

// Monday 2026-11-02 19:00 in New York (EST: the clocks went back the day before).
testFilter(offhour, {
  resourceType: ec2,
  now: Date.parse('2026-11-03T00:00:00Z'),
  context: { readSource: async () => '2026-11-02\n' },
  valid: [
    {},
    { default_tz: 'America/New_York', offhour: 0, tag: 'downtime', 'opt-out': true },
    { weekends: false, 'weekends-only': true, 'state-filter': false, 'skip-days': ['2026-12-25'] },
    { 'fallback-schedule': 'off=(M-F,19)', fallback_schedule: 'off=(M-F,18)' },
    { 'skip-days-from': { url: 'holidays.txt' } },
  ],
  invalid: [
    { options: { offhour: 24 }, messageId: 'schema', path: ['offhour'] },
    { options: { default_tz: 'mars' }, messageId: 'invalid-tz', path: ['default_tz'] },
    // c7n title-cases names outside its alias table: `Utc` is no zone.
    { options: { default_tz: 'UTC' }, messageId: 'invalid-tz', path: ['default_tz'] },
    { options: { 'skip-days': ['2026/12/25'] }, messageId: 'schema', path: ['skip-days', '0'] },
    {
      options: { 'skip-days': ['2026-12-25'], 'skip-days-from': { url: 'holidays.txt' } },
      messageId: 'two-skip-days',
    },
    { options: { 'skip-days-from': { url: '../holidays.txt' } }, messageId: 'value-from-outside' },
    { options: { offhours: 19 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'opt in: tagged running instances whose schedule says 19:00 on weekdays',
      options: { default_tz: 'et', offhour: 19 },
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'opt out: untagged instances too; the tag value off opts one out',
      options: { default_tz: 'et', 'opt-out': true },
      resources,
      matches: ['i-default', 'i-on', 'i-untagged', 'i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'state-filter false considers stopped instances',
      options: { 'state-filter': false },
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-list', 'i-stopped', 'i-escaped'],
    },
    {
      name: 'another hour matches only the tags naming the current one',
      options: { offhour: 20 },
      resources,
      matches: ['i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'the policy zone applies to tags without tz=: 16:00 in Los Angeles',
      options: { default_tz: 'pt', offhour: 16 },
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-pacific', 'i-escaped'],
    },
    {
      name: 'weekends-only: the default schedule turns off on Fridays only',
      options: { 'weekends-only': true },
      resources,
      matches: ['i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'a skip day (in the resource zone) matches nothing',
      options: { 'skip-days': ['2026-11-02'] },
      resources,
      matches: [],
    },
    {
      name: 'skip-days-from reads the list',
      options: { 'skip-days-from': { url: 'holidays.txt' } },
      resources,
      matches: [],
    },
    {
      name: 'fallback-schedule for untagged instances (opt in)',
      options: { 'fallback-schedule': 'off=(M-F,19)', offhour: 3 },
      resources,
      matches: ['i-untagged', 'i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'a custom tag key, compared in any case',
      options: { tag: 'MAID_OFFHOURS', offhour: 19 },
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-list', 'i-escaped'],
    },
  ],
});

// Friday 2026-10-30 19:00 in New York (EDT, before the change): 23:00 UTC.
testFilter(offhour, {
  resourceType: ec2,
  now: Date.parse('2026-10-30T23:00:00Z'),
  cases: [
    {
      name: 'before the clocks go back, 19:00 EDT is 23:00 UTC',
      options: {},
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-list', 'i-escaped'],
    },
    {
      name: 'weekends-only turns off on Fridays',
      options: { 'weekends-only': true },
      resources,
      matches: ['i-default', 'i-on', 'i-central', 'i-list', 'i-escaped'],
    },
  ],
});

// Monday 2026-11-02 23:00 UTC is 18:00 EST: the summer instant of 19:00 no longer matches.
testFilter(offhour, {
  resourceType: ec2,
  now: Date.parse('2026-11-02T23:00:00Z'),
  cases: [{ name: 'after the change, 23:00 UTC is 18:00 in New York', options: {}, resources, matches: [] }],
});
