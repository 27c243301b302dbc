import { testFilter } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import stateAge from './state-age.js';

const now = Date.parse('2024-03-01T00:00:00Z');

const resources = [
  { InstanceId: 'i-stopped-long', StateTransitionReason: 'User initiated (2024-01-15 10:11:12 GMT)' },
  { InstanceId: 'i-stopped-recent', StateTransitionReason: 'User initiated (2024-02-28 23:00:00 GMT)' },
  { InstanceId: 'i-running', StateTransitionReason: '' },
  {
    InstanceId: 'i-no-date',
    StateTransitionReason: 'Server.SpotInstanceTermination: Spot instance termination',
  },
  { InstanceId: 'i-missing' },
];

testFilter(stateAge, {
  resourceType: ec2,
  now,
  valid: [{ days: 7 }, { op: 'ge', days: 0.5 }],
  invalid: [
    { options: { hours: 3 }, messageId: 'schema' },
    { options: { days: 'seven' }, messageId: 'schema', path: ['days'] },
  ],
  cases: [
    {
      name: 'in its state for more than 7 days',
      options: { days: 7 },
      resources,
      matches: ['i-stopped-long'],
    },
    { name: 'op lt', options: { op: 'lt', days: 7 }, resources, matches: ['i-stopped-recent'] },
    {
      name: 'reasons without a time never match',
      options: { days: 0 },
      resources,
      matches: ['i-stopped-long', 'i-stopped-recent'],
    },
  ],
});
