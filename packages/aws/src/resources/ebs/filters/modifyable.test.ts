import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import modifyable from './modifyable.js';

// i-…01 is an m1.small (previous generation), i-…02 an m5.large; vol-…0f is being optimized.
const flight = fileURLToPath(new URL('../__fixtures__/modifyable', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const attached = (InstanceId: string, AttachTime: string) => [{ InstanceId, AttachTime, State: 'attached' }];
const volumes = () => [
  { VolumeId: 'vol-0a1b2c3d4e5f6000a', VolumeType: 'standard', Attachments: [] },
  { VolumeId: 'vol-0a1b2c3d4e5f6000b', VolumeType: 'gp2', Attachments: [] },
  {
    VolumeId: 'vol-0a1b2c3d4e5f6000c',
    VolumeType: 'gp2',
    Attachments: attached('i-0a1b2c3d4e5f60002', '2015-06-01T00:00:00Z'),
  },
  {
    VolumeId: 'vol-0a1b2c3d4e5f6000d',
    VolumeType: 'gp2',
    Attachments: attached('i-0a1b2c3d4e5f60001', '2020-06-01T00:00:00Z'),
  },
  {
    VolumeId: 'vol-0a1b2c3d4e5f6000e',
    VolumeType: 'io1',
    Attachments: attached('i-0a1b2c3d4e5f60002', '2020-06-01T00:00:00Z'),
  },
  { VolumeId: 'vol-0a1b2c3d4e5f6000f', VolumeType: 'gp3', Attachments: [] },
  {
    VolumeId: 'vol-0a1b2c3d4e5f60010',
    VolumeType: 'gp3',
    Attachments: attached('i-0a1b2c3d4e5f60009', '2020-06-01T00:00:00Z'),
  },
];

testFilter(modifyable, {
  resourceType: ebs,
  context: { provider: await replay() },
  valid: [{}],
  invalid: [{ options: { state: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'not magnetic, not attached before Nov 2016 nor to an old instance type or a missing one, not being modified',
      options: {},
      resources: volumes(),
      matches: ['vol-0a1b2c3d4e5f6000b', 'vol-0a1b2c3d4e5f6000e'],
    },
  ],
});

describe('ebs modifyable calls', () => {
  it('reads the instances of attached volumes, then the modifications in progress of the candidates', async () => {
    const provider = await replay();
    const ev = modifyable.compile({}, { resourceType: ebs, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    await ev.process(volumes(), { now: 0, provider });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'DescribeInstances',
        expect.objectContaining({
          InstanceIds: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60009'],
        }),
      ],
      [
        'DescribeVolumesModifications',
        {
          Filters: [
            {
              Name: 'volume-id',
              Values: ['vol-0a1b2c3d4e5f6000b', 'vol-0a1b2c3d4e5f6000f', 'vol-0a1b2c3d4e5f6000e'],
            },
            { Name: 'modification-state', Values: ['modifying', 'optimizing', 'failed'] },
          ],
        },
      ],
    ]);
  });

  it('makes no call when no volume is a candidate', async () => {
    const provider = await replay();
    const ev = modifyable.compile({}, { resourceType: ebs, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    expect(await ev.process([{ VolumeId: 'vol-1', VolumeType: 'standard' }], { now: 0, provider })).toEqual(
      [],
    );
    expect(provider.clients.session.calls).toEqual([]);
  });
});
