import { testAction } from '@c7n-ts/core/testing';
import ebs from '../resource.js';
import snapshot from './snapshot.js';

const volume = {
  VolumeId: 'vol-1',
  Tags: [
    { Key: 'Name', Value: 'data' },
    { Key: 'Owner', Value: 'ops' },
  ],
};

testAction(snapshot, {
  resourceType: ebs,
  valid: [{}, { description: 'nightly', 'copy-tags': ['*'] }, { 'copy-volume-tags': false, tags: { a: 1 } }],
  invalid: [
    {
      options: { 'copy-tags': ['Name'], 'copy-volume-tags': false },
      messageId: 'copy-both',
      path: ['copy-volume-tags'],
    },
    { options: { tags: { a: ['x'] } }, messageId: 'schema' },
    { options: { 'exclude-boot': true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'copies every volume tag by default, after custodian_snapshot',
      options: {},
      resources: [volume],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateSnapshot',
          input: {
            VolumeId: 'vol-1',
            Description: 'Automated snapshot by c7n - test',
            TagSpecifications: [
              {
                ResourceType: 'snapshot',
                Tags: [
                  { Key: 'custodian_snapshot', Value: '' },
                  { Key: 'Name', Value: 'data' },
                  { Key: 'Owner', Value: 'ops' },
                ],
              },
            ],
          },
          resourceIds: ['vol-1'],
          okErrors: ['InvalidVolume.NotFound'],
        },
      ],
    },
    {
      name: 'copy-tags names the tags; user tags win over copied ones',
      options: { 'copy-tags': ['Owner', 'Name'], tags: { Owner: 'backup' }, description: 'nightly' },
      resources: [volume],
      calls: [
        {
          input: {
            Description: 'nightly',
            TagSpecifications: [
              {
                ResourceType: 'snapshot',
                Tags: [
                  { Key: 'Owner', Value: 'backup' },
                  { Key: 'Name', Value: 'data' },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'copy-volume-tags false sets only custodian_snapshot',
      options: { 'copy-volume-tags': false },
      resources: [volume],
      calls: [{ input: { TagSpecifications: [{ Tags: [{ Key: 'custodian_snapshot', Value: '' }] }] } }],
    },
  ],
});
