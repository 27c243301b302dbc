import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import userData from './user-data.js';

testFilter(userData, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [
    { op: 'regex', value: '(?smi).*password=' },
    { key: 'ignored', value: 'absent' },
  ],
  invalid: [{ options: { op: 'regex', value: '(' }, messageId: 'invalid-regex' }],
  cases: [
    {
      name: "a regex over the configuration's decoded user data",
      options: { op: 'regex', value: '(?smi).*password=' },
      resources: groups(),
      matches: ['web'],
    },
    {
      name: 'absent: no user data, or no configuration (null, as c7n reads None)',
      options: { value: 'absent' },
      resources: groups(),
      matches: ['batch', 'enc', 'gone'],
    },
    {
      name: 'empty: null user data',
      options: { value: 'empty' },
      resources: groups(),
      matches: ['batch', 'enc', 'gone'],
    },
  ],
});
