/** Groups launching from the flight data beside this file, and a provider replaying it. */
import { fileURLToPath } from 'node:url';
import { createAwsProvider } from '../../../../provider.js';

export const dir = fileURLToPath(new URL('.', import.meta.url));
export const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
export const now = Date.parse('2024-03-01T00:00:00Z');

const group = (name: string, launch: Record<string, unknown>, subnets = '') => ({
  AutoScalingGroupName: name,
  VPCZoneIdentifier: subnets,
  Instances: [],
  ...launch,
});

// web: lc-web (ami-old, 2020, unencrypted; adds a volume from unencrypted snap-1);
// batch: lt-1 $Latest (ami-tmpl, encrypted; adds an unencrypted volume);
// enc: lc-enc (ami-enc, encrypted, nothing added); gone: lc-gone, which no longer exists.
export const groups = () => [
  group('web', { LaunchConfigurationName: 'lc-web' }, 'subnet-a, subnet-b'),
  group('batch', { LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '$Latest' } }, 'subnet-c'),
  group('enc', { LaunchConfigurationName: 'lc-enc' }),
  group('gone', { LaunchConfigurationName: 'lc-gone' }, 'subnet-gone'),
];
