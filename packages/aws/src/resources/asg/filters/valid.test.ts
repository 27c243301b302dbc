import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import valid from './valid.js';

testFilter(valid, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { strict: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'every subnet, security group, image and snapshot named exists',
      options: {},
      resources: groups(),
      matches: ['web', 'batch'],
    },
  ],
});
