/**
 * Cloud Custodian's EncryptInstanceVolumes as a workflow of planned calls, in its order (so its
 * recordings replay): per instance, stop it, then per volume snapshot, copy the snapshot
 * encrypted, create a volume from the copy and delete both snapshots; then swap each volume
 * (detach, attach, keep DeleteOnTermination), start the instance, delete the old volumes and
 * the transient tags. Each step takes the ids earlier steps made through `ref`/`bind`.
 */
import type { Instance, Tag, Volume } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const DESCRIPTION = 'maid transient snapshot for encryption';
const TRANSIENT_TAGS = ['maid-crypt-remediation', 'maid-origin-volume', 'maid-instance-device'];

type Out = ReadonlyMap<string, unknown>;
const snapshotOf = (out: Out, ref: string) => (out.get(ref) as { SnapshotId: string }).SnapshotId;
const volumeOf = (out: Out, ref: string) => (out.get(ref) as { VolumeId: string }).VolumeId;
type Stated = { State?: string | { Name?: string }; Instances?: Stated[] };
/** A waiter's test: every item of the answer (instances of every reservation) is in `state`. */
const allIn = (key: 'Snapshots' | 'Volumes' | 'Reservations', state: string) => (out: unknown) => {
  const listed = ((out as Record<string, Stated[] | undefined>)[key] ?? []) as Stated[];
  const items = key === 'Reservations' ? listed.flatMap((r) => r.Instances ?? []) : listed;
  return (
    items.length > 0 && items.every((i) => (typeof i.State === 'string' ? i.State : i.State?.Name) === state)
  );
};

export default defineAction({
  type: 'encrypt-instance-volumes',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description: 'KMS key (id, ARN or `alias/...`) the new volumes are encrypted with.',
      },
      delay: {
        type: 'number',
        default: 15,
        description: 'Seconds to wait between detaching a volume and attaching its encrypted copy.',
      },
      verbose: { type: 'boolean', default: false, description: 'Log each instance and the key used.' },
    },
  } as const,
  permissions: [
    'ec2:AttachVolume',
    'ec2:CopySnapshot',
    'ec2:CreateSnapshot',
    'ec2:CreateTags',
    'ec2:CreateVolume',
    'ec2:DeleteSnapshot',
    'ec2:DeleteTags',
    'ec2:DeleteVolume',
    'ec2:DescribeInstances',
    'ec2:DescribeSnapshots',
    'ec2:DescribeVolumes',
    'ec2:DetachVolume',
    'ec2:ModifyInstanceAttribute',
    'ec2:StartInstances',
    'ec2:StopInstances',
    'kms:DescribeKey',
  ],
  doc: {
    summary:
      'Replace unencrypted attached volumes with encrypted copies, instance by instance (a restart; not for Auto Scaling groups): stop the instance if running, snapshot each volume, copy the snapshot encrypted with `key`, create a volume from it, swap the volumes at the same device, start the instance again, then delete the old volumes and transient snapshots.',
    example: '- type: encrypt-instance-volumes\n  key: alias/ebs-encryption',
  },
  reads: () => ['VolumeId', 'Encrypted', 'Attachments', 'AvailabilityZone', 'Size', 'VolumeType', 'Tags'],
  async plan(resources: Volume[], opts, ctx) {
    // c7n's filter also lets unattached volumes through, then fails on them; only attached ones can be swapped.
    const byInstance = new Map<string, Volume[]>();
    for (const v of resources) {
      const iid = v.Attachments?.[0]?.InstanceId;
      if (v.Encrypted || !iid || !v.VolumeId) continue;
      byInstance.set(iid, [...(byInstance.get(iid) ?? []), v]);
    }
    if (byInstance.size === 0) return [];
    if (!ctx.read) throw new Error('encrypt-instance-volumes needs a reader for DescribeKey');
    const p = providerOf(ctx);
    const instances = new Map<string, Instance>();
    // As c7n: the instances are read again (not from a cache), for their current state.
    for (const i of await p.related('aws.ec2', regionOf(ctx, p), [...byInstance.keys()]))
      instances.set(String(i.InstanceId), i as Instance);

    const calls: PlannedCall[] = [];
    for (const [iid, vols] of byInstance) {
      const ids = vols.map((v) => v.VolumeId as string);
      const state = instances.get(iid)?.State?.Name;
      if (state === undefined || state === 'shutting-down' || state === 'terminated') {
        ctx.log?.('warn', `encrypt-instance-volumes: skipped instance ${iid} (${state ?? 'not found'})`);
        continue;
      }
      const key = (await ctx.read('kms', 'DescribeKey', { KeyId: opts.key })) as {
        KeyMetadata?: { KeyId?: string };
      };
      const keyId = key.KeyMetadata?.KeyId;
      if (opts.verbose) ctx.log?.('info', `encrypt-instance-volumes: ${iid} with key ${keyId}`);
      const ec2 = (
        operation: string,
        input: Record<string, unknown>,
        resourceIds: string[],
        describe: string,
        more: Partial<PlannedCall> = {},
      ) => calls.push({ service: 'ec2', operation, input, resourceIds, describe, ...more });

      const running = state === 'running';
      if (running) ec2('StopInstances', { InstanceIds: [iid] }, ids, `stop ${iid}`);
      for (const [n, v] of vols.entries()) {
        const vid = v.VolumeId as string;
        const [snap, copy, made] = [`${vid}:snapshot`, `${vid}:copy`, `${vid}:volume`];
        ec2('CreateSnapshot', { VolumeId: vid, Description: DESCRIPTION }, [vid], `snapshot ${vid}`, {
          ref: snap,
          ...(running &&
            n === 0 && {
              waitFor: {
                service: 'ec2',
                operation: 'DescribeInstances',
                input: { InstanceIds: [iid] },
                ready: allIn('Reservations', 'stopped'),
                describe: `${iid} to stop`,
              },
            }),
        });
        const tagTransient = (ref: string, of: string) =>
          ec2(
            'CreateTags',
            { Tags: [{ Key: 'maid-crypto-remediation', Value: 'true' }] },
            [vid],
            `tag ${of} as transient`,
            {
              bind: (out) => ({ Resources: [snapshotOf(out, ref)] }),
            },
          );
        const snapshotDone = (ref: string, of: string) => ({
          service: 'ec2',
          operation: 'DescribeSnapshots',
          input: {},
          bind: (out: Out) => ({ SnapshotIds: [snapshotOf(out, ref)] }),
          ready: allIn('Snapshots', 'completed'),
          describe: `${of} to complete`,
        });
        tagTransient(snap, `the snapshot of ${vid}`);
        ec2(
          'CopySnapshot',
          {
            SourceRegion: String(v.AvailabilityZone).slice(0, -1),
            Description: DESCRIPTION,
            Encrypted: true,
            KmsKeyId: keyId,
          },
          [vid],
          `copy the snapshot of ${vid} encrypted`,
          {
            ref: copy,
            bind: (out) => ({ SourceSnapshotId: snapshotOf(out, snap) }),
            waitFor: snapshotDone(snap, `the snapshot of ${vid}`),
          },
        );
        tagTransient(copy, `the encrypted snapshot of ${vid}`);
        ec2(
          'CreateVolume',
          { Size: v.Size, VolumeType: v.VolumeType, AvailabilityZone: v.AvailabilityZone, Encrypted: true },
          [vid],
          `create an encrypted copy of ${vid}`,
          {
            ref: made,
            bind: (out) => ({ SnapshotId: snapshotOf(out, copy) }),
            waitFor: snapshotDone(copy, `the encrypted snapshot of ${vid}`),
          },
        );
        const device = v.Attachments?.[0]?.Device;
        const tags: Tag[] = [
          { Key: 'maid-crypt-remediation', Value: iid },
          { Key: 'maid-origin-volume', Value: vid },
          { Key: 'maid-instance-device', Value: device },
          ...(v.Tags ?? []),
        ];
        ec2('CreateTags', { Tags: tags }, [vid], `tag the encrypted copy of ${vid}`, {
          bind: (out) => ({ Resources: [volumeOf(out, made)] }),
        });
        ec2('DeleteSnapshot', {}, [vid], `delete the snapshot of ${vid}`, {
          bind: (out) => ({ SnapshotId: snapshotOf(out, snap) }),
          waitFor: {
            service: 'ec2',
            operation: 'DescribeVolumes',
            input: {},
            bind: (out) => ({ VolumeIds: [volumeOf(out, made)] }),
            ready: allIn('Volumes', 'available'),
            describe: `the encrypted copy of ${vid} to become available`,
          },
        });
        ec2('DeleteSnapshot', {}, [vid], `delete the encrypted snapshot of ${vid}`, {
          bind: (out) => ({ SnapshotId: snapshotOf(out, copy) }),
        });
      }
      for (const v of vols) {
        const vid = v.VolumeId as string;
        const made = `${vid}:volume`;
        const a = v.Attachments?.[0];
        ec2('DetachVolume', { InstanceId: iid, VolumeId: vid }, [vid], `detach ${vid} from ${iid}`);
        // As c7n: a pause, as the detach is not immediately consistent.
        ec2(
          'AttachVolume',
          { InstanceId: iid, Device: a?.Device },
          [vid],
          `attach the encrypted copy of ${vid} to ${iid} at ${a?.Device}`,
          {
            bind: (out) => ({ VolumeId: volumeOf(out, made) }),
            pauseMs: Math.round((opts.delay ?? 15) * 1000),
          },
        );
        if (a?.DeleteOnTermination)
          ec2(
            'ModifyInstanceAttribute',
            { InstanceId: iid },
            [vid],
            `delete the encrypted copy of ${vid} on termination`,
            {
              bind: (out) => ({
                BlockDeviceMappings: [
                  { DeviceName: a.Device, Ebs: { VolumeId: volumeOf(out, made), DeleteOnTermination: true } },
                ],
              }),
            },
          );
      }
      // Made even when a volume failed, unlike c7n: an instance it stopped is not left stopped.
      if (running) ec2('StartInstances', { InstanceIds: [iid] }, ids, `start ${iid}`, { independent: true });
      for (const vid of ids) ec2('DeleteVolume', { VolumeId: vid }, [vid], `delete the unencrypted ${vid}`);
      for (const vid of ids)
        ec2(
          'DeleteTags',
          { Tags: TRANSIENT_TAGS.map((Key) => ({ Key })) },
          [vid],
          `remove the transient tags of the encrypted copy of ${vid}`,
          {
            bind: (out) => ({ Resources: [volumeOf(out, `${vid}:volume`)] }),
          },
        );
    }
    return calls;
  },
});
