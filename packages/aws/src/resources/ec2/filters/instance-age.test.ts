import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import instanceAge from './instance-age.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const day = 86_400_000;
const ago = (ms: number) => new Date(now - ms);
const vol = (attached: Date) => ({
  DeviceName: '/dev/xvda',
  Ebs: { VolumeId: 'vol-1', AttachTime: attached },
});

const resources = [
  // Relaunched yesterday, but its volume has been attached for 40 days.
  {
    InstanceId: 'i-old-volume',
    LaunchTime: ago(day),
    BlockDeviceMappings: [vol(ago(40 * day)), vol(ago(2 * day))],
  },
  // Instance store only: LaunchTime counts.
  { InstanceId: 'i-ephemeral-old', LaunchTime: ago(35 * day), BlockDeviceMappings: [] },
  { InstanceId: 'i-new', LaunchTime: ago(3 * 3_600_000), BlockDeviceMappings: [vol(ago(3 * 3_600_000))] },
  { InstanceId: 'i-no-dates', BlockDeviceMappings: [] },
];

testFilter(instanceAge, {
  resourceType: ec2,
  now,
  valid: [{ days: 30 }, { op: 'ge', days: 0.5, hours: 2, minutes: 30 }, {}],
  invalid: [
    { options: { days: '30' }, messageId: 'schema', path: ['days'] },
    { options: { op: 'older' }, messageId: 'schema', path: ['op'] },
    { options: { weeks: 2 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'oldest volume attachment wins over LaunchTime',
      options: { days: 30 },
      resources,
      matches: ['i-old-volume', 'i-ephemeral-old'],
    },
    {
      name: 'hours and minutes add up',
      options: { hours: 2, minutes: 30 },
      resources,
      matches: ['i-old-volume', 'i-ephemeral-old', 'i-new'],
    },
    { name: 'op lt: younger than', options: { op: 'lt', days: 1 }, resources, matches: ['i-new'] },
    {
      name: 'no threshold: anything launched before now',
      options: {},
      resources,
      matches: ['i-old-volume', 'i-ephemeral-old', 'i-new'],
    },
  ],
});
