import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import image from './image.js';

testFilter(image, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ key: 'Description', value: '.*Ubuntu.*', op: 'regex' }],
  invalid: [{ options: { key: 'Name', value: 1, days: 3 }, messageId: 'schema' }],
  cases: [
    {
      name: "value options on the group's image; a group without one does not match",
      options: { key: 'Description', value: '.*Ubuntu1804.*', op: 'regex' },
      resources: groups(),
      matches: ['web'],
    },
    {
      name: 'absent does not match a gone image either',
      options: { key: 'Platform', value: 'absent' },
      resources: groups(),
      matches: ['web', 'batch', 'enc'],
    },
  ],
});
