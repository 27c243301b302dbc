import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import instanceUptime from './instance-uptime.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const day = 86_400_000;
const resources = [
  // Volume attached long ago, but restarted yesterday: uptime counts from LaunchTime.
  {
    InstanceId: 'i-restarted',
    LaunchTime: new Date(now - day),
    BlockDeviceMappings: [{ Ebs: { AttachTime: new Date(now - 90 * day) } }],
  },
  { InstanceId: 'i-long', LaunchTime: new Date(now - 45 * day) },
  { InstanceId: 'i-no-date' },
];

testFilter(instanceUptime, {
  resourceType: ec2,
  now,
  valid: [{ days: 30 }, { op: 'lt', days: 0.5 }, {}],
  invalid: [
    { options: { days: 'long' }, messageId: 'schema', path: ['days'] },
    { options: { op: 'longer' }, messageId: 'schema', path: ['op'] },
    { options: { hours: 2 }, messageId: 'schema' },
  ],
  cases: [
    { name: 'up for more than 30 days', options: { days: 30 }, resources, matches: ['i-long'] },
    { name: 'op lt', options: { op: 'lt', days: 30 }, resources, matches: ['i-restarted'] },
  ],
});
