import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import profiles from '../resource.js';
import unused from './unused.js';

// A launch configuration names lc-profile by ARN; a running instance uses ec2-profile (under a
// path), a terminated one old-profile.
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/usage', import.meta.url)),
});
const arn = (path: string) => `arn:aws:iam::123456789012:instance-profile/${path}`;
const resources = [
  { InstanceProfileName: 'lc-profile', Arn: arn('lc-profile') },
  { InstanceProfileName: 'ec2-profile', Arn: arn('app/ec2-profile') },
  { InstanceProfileName: 'old-profile', Arn: arn('old-profile') },
  { InstanceProfileName: 'idle', Arn: arn('idle') },
];

testFilter(unused, {
  resourceType: profiles,
  context: { provider },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'named by no launch configuration and no live instance',
      options: {},
      resources,
      matches: ['old-profile', 'idle'],
    },
  ],
});
