import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import snapshot from './snapshot.js';

const instance = {
  InstanceId: 'i-1',
  Tags: [
    { Key: 'Name', Value: 'web' },
    { Key: 'Owner', Value: 'ops' },
  ],
};

testAction(snapshot, {
  resourceType: ec2,
  valid: [
    {},
    { 'copy-tags': ['Name'], tags: { Backup: true } },
    { 'copy-volume-tags': false, 'exclude-boot': true },
  ],
  invalid: [
    {
      options: { 'copy-tags': ['Name'], 'copy-volume-tags': true },
      messageId: 'copy-both',
      path: ['copy-volume-tags'],
    },
    { options: { 'copy-tags': 'Name' }, messageId: 'schema', path: ['copy-tags'] },
  ],
  cases: [
    {
      name: 'one CreateSnapshots per instance, copying volume tags by default',
      options: {},
      resources: [instance],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateSnapshots',
          input: {
            Description: 'Snapshot Created for i-1 (web)',
            InstanceSpecification: { ExcludeBootVolume: false, InstanceId: 'i-1' },
            CopyTagsFromSource: 'volume',
          },
          resourceIds: ['i-1'],
        },
      ],
    },
    {
      name: 'copy-tags sets the instance tags named and the user tags instead',
      options: { 'copy-tags': ['Owner', 'Name'], tags: { Name: 'backup', Keep: true }, 'exclude-boot': true },
      resources: [
        { ...instance, InstanceId: 'i-2', Tags: [...instance.Tags, { Key: 'Env', Value: 'prod' }] },
      ],
      calls: [
        {
          input: {
            InstanceSpecification: { ExcludeBootVolume: true, InstanceId: 'i-2' },
            TagSpecifications: [
              {
                ResourceType: 'snapshot',
                Tags: [
                  { Key: 'Name', Value: 'backup' },
                  { Key: 'Keep', Value: 'True' },
                  { Key: 'Owner', Value: 'ops' },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'an empty copy-tags still tags custodian_snapshot; no Name tag reads as -',
      options: { 'copy-tags': [] },
      resources: [{ InstanceId: 'i-3' }],
      calls: [
        {
          input: {
            Description: 'Snapshot Created for i-3 (-)',
            TagSpecifications: [
              { ResourceType: 'snapshot', Tags: [{ Key: 'custodian_snapshot', Value: '' }] },
            ],
          },
        },
      ],
    },
  ],
});
