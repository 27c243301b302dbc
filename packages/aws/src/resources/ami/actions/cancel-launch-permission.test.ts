import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import cancelLaunchPermission from './cancel-launch-permission.js';

testAction(cancelLaunchPermission, {
  resourceType: ami,
  valid: [{}, { dryrun: false }],
  invalid: [
    { options: { dryrun: 'no' }, messageId: 'schema', path: ['dryrun'] },
    { options: { force: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'by default only an AWS dry run, whose DryRunOperation answer is success',
      options: {},
      resources: [{ ImageId: 'ami-1' }],
      calls: [
        {
          service: 'ec2',
          operation: 'CancelImageLaunchPermission',
          input: { ImageId: 'ami-1', DryRun: true },
          resourceIds: ['ami-1'],
          okErrors: ['DryRunOperation'],
        },
      ],
    },
    {
      name: 'dryrun false cancels, one call per image',
      options: { dryrun: false },
      resources: [{ ImageId: 'ami-1' }, { ImageId: 'ami-2' }],
      calls: [
        { operation: 'CancelImageLaunchPermission', input: { ImageId: 'ami-1', DryRun: false } },
        { operation: 'CancelImageLaunchPermission', input: { ImageId: 'ami-2', DryRun: false } },
      ],
    },
  ],
});
