import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import launchConfig from './launch-config.js';

testFilter(launchConfig, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{ key: 'AssociatePublicIpAddress', value: true }],
  invalid: [{ options: { key: 'ImageId', value: 'x', exclude_image: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'value options on the configuration',
      options: { key: 'AssociatePublicIpAddress', value: true },
      resources: groups(),
      matches: ['web'],
    },
    {
      name: "on the template version's data",
      options: { key: 'InstanceType', value: 'm5.large' },
      resources: groups(),
      matches: ['batch'],
    },
  ],
});
