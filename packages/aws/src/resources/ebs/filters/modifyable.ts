import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { getRelatedByIds, providerOf, regionOf } from '../../../common/filters/fetch-related.js';

type Volume = {
  VolumeId?: string;
  VolumeType?: string;
  Attachments?: { InstanceId?: string; AttachTime?: unknown }[];
};

/** Instance types that cannot modify an attached volume online (c7n's list, m3 family included). */
const OLDER_GENERATION = new Set([
  'm1.small',
  'm1.medium',
  'm1.large',
  'm1.xlarge',
  'c1.medium',
  'c1.xlarge',
  'cc2.8xlarge',
  'm2.xlarge',
  'm2.2xlarge',
  'm2.4xlarge',
  'cr1.8xlarge',
  'hi1.4xlarge',
  'hs1.8xlarge',
  'cg1.4xlarge',
  't1.micro',
  'm3.large',
  'm3.xlarge',
  'm3.2xlarge',
]);
/** Volumes attached before this date cannot be modified online. */
const ELASTIC_VOLUMES_SINCE = Date.parse('2016-11-01T00:00:00Z');
// A request takes at most 200 filter values; the modification-state filter uses three.
const CHUNK = 197;

export default defineFilter({
  type: 'modifyable',
  resources: ['aws.ebs'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeVolumesModifications'],
  doc: {
    summary:
      'Volumes that can be modified online (what the `modify` action needs): not magnetic (`standard`), not attached before November 2016 nor to a previous-generation instance type (DescribeInstances by id), and with no modification modifying, optimizing or failed (DescribeVolumesModifications).',
    example: '- modifyable',
  },
  reads: () => ['VolumeId', 'VolumeType', 'Attachments'],
  compile() {
    return {
      kind: 'process',
      async process(resources, ctx) {
        const results: Resource[] = [];
        const byInstance = new Map<string, Resource[]>();
        for (const r of resources) {
          const v = r as Volume;
          if (v.VolumeType === 'standard') continue;
          const first = v.Attachments?.[0];
          if (!first) {
            results.push(r);
            continue;
          }
          if (toMs(first.AttachTime) < ELASTIC_VOLUMES_SINCE) continue;
          const id = String(first.InstanceId);
          byInstance.set(id, [...(byInstance.get(id) ?? []), r]);
        }
        // As c7n: volumes whose instance is not found are dropped.
        for (const i of await getRelatedByIds(ctx, 'aws.ec2', [...byInstance.keys()])) {
          const vols = byInstance.get(String(i.InstanceId));
          if (!vols) continue;
          byInstance.delete(String(i.InstanceId));
          if (!OLDER_GENERATION.has(String(i.InstanceType))) results.push(...vols);
        }
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const modifying = new Set<string>();
        for (let i = 0; i < results.length; i += CHUNK) {
          const ids = results.slice(i, i + CHUNK).map((r) => (r as Volume).VolumeId);
          const out = await p.send(
            'ec2',
            'DescribeVolumesModifications',
            {
              Filters: [
                { Name: 'volume-id', Values: ids },
                { Name: 'modification-state', Values: ['modifying', 'optimizing', 'failed'] },
              ],
            },
            region,
          );
          for (const m of (out.VolumesModifications as { VolumeId?: string }[] | undefined) ?? [])
            if (m.VolumeId) modifying.add(m.VolumeId);
        }
        return results.filter((r) => !modifying.has(String((r as Volume).VolumeId)));
      },
    };
  },
});
