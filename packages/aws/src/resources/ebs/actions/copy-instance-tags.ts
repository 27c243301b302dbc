import type { Instance, Tag, Volume, VolumeAttachment } from '@aws-sdk/client-ec2';
import { type ActionContext, defineAction, type PlannedCall } from '@c7n-ts/core';

/** EC2 allows 50 tags per resource; c7n leaves room for the volume's own. */
const MAX_COPY = 40;

/** Python's `datetime.isoformat()` of a UTC time, as c7n writes LastAttachTime. */
function pyIsoformat(value: unknown): string {
  const d = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(d.getTime())) return String(value);
  const base = d.toISOString().slice(0, 19);
  const ms = d.getUTCMilliseconds();
  return `${base}${ms ? `.${String(ms * 1000).padStart(6, '0')}` : ''}+00:00`;
}

/** The tags to write on one volume, or none when it is current (c7n's `get_volume_tags`). */
function volumeTags(
  volume: Volume,
  instance: Instance,
  attachment: VolumeAttachment,
  only: readonly string[],
): Tag[] {
  const extant = new Map((volume.Tags ?? []).map((t) => [t.Key, t.Value]));
  const copy: Tag[] = [];
  for (const t of instance.Tags ?? []) {
    if (t.Key === undefined) continue;
    if (only.length && !only.includes(t.Key)) continue;
    if (extant.has(t.Key) && extant.get(t.Key) === t.Value) continue;
    // aws: tags are reserved; CreateTags refuses them.
    if (t.Key.startsWith('aws:')) continue;
    copy.push({ Key: t.Key, Value: t.Value });
  }
  if (extant.get('LastAttachInstance') === attachment.InstanceId) return copy;
  copy.push({ Key: 'LastAttachTime', Value: pyIsoformat(attachment.AttachTime) });
  copy.push({ Key: 'LastAttachInstance', Value: attachment.InstanceId });
  return copy;
}

/** The attached instances, read as c7n's ec2 manager reads them by id: one paged DescribeInstances. */
async function readInstances(ids: string[], ctx: ActionContext): Promise<Map<string, Instance>> {
  const out = new Map<string, Instance>();
  if (!ctx.read) throw new Error('copy-instance-tags needs a reader for DescribeInstances');
  let token: string | undefined;
  do {
    const input: Record<string, unknown> = { InstanceIds: ids };
    if (token) input.NextToken = token;
    const page = (await ctx.read('ec2', 'DescribeInstances', input)) as {
      Reservations?: { Instances?: Instance[] }[];
      NextToken?: string;
    };
    for (const r of page.Reservations ?? [])
      for (const i of r.Instances ?? []) if (i.InstanceId) out.set(i.InstanceId, i);
    token = page.NextToken;
  } while (token);
  return out;
}

export default defineAction({
  type: 'copy-instance-tags',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tags: {
        type: 'array',
        items: { type: 'string' },
        description: 'Keys of the instance tags to copy; default all (except `aws:` tags).',
      },
    },
  } as const,
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeTags', 'ec2:CreateTags'],
  doc: {
    summary:
      "Copy the tags of each volume's instance to the volume, with `LastAttachInstance` and `LastAttachTime` tags recording the attachment. Unattached volumes are skipped; tags the volume already has with the same value are not rewritten.",
    example: '- type: copy-instance-tags\n  tags: [Name, Owner]',
  },
  reads: () => ['VolumeId', 'Attachments', 'Tags'],
  async plan(resources: Volume[], opts, ctx) {
    const byInstance = new Map<string, Volume[]>();
    for (const v of resources) {
      const instanceId = v.Attachments?.[0]?.InstanceId;
      if (!instanceId || !v.VolumeId) continue;
      const list = byInstance.get(instanceId);
      if (list) list.push(v);
      else byInstance.set(instanceId, [v]);
    }
    if (byInstance.size === 0) return [];
    const instances = await readInstances([...byInstance.keys()], ctx);
    const calls: PlannedCall[] = [];
    // c7n walks the instances in reverse id order.
    for (const instanceId of [...byInstance.keys()].sort().reverse()) {
      const instance = instances.get(instanceId);
      if (!instance) {
        ctx.log?.('warn', `copy-instance-tags: instance ${instanceId} not found; its volumes are skipped`);
        continue;
      }
      for (const v of byInstance.get(instanceId) ?? []) {
        const id = v.VolumeId as string;
        const tags = volumeTags(v, instance, v.Attachments?.[0] as VolumeAttachment, opts.tags ?? []);
        if (tags.length === 0) continue;
        if (tags.length > MAX_COPY) {
          ctx.log?.('warn', `copy-instance-tags: too many tags to copy from ${instanceId} to ${id}`);
          continue;
        }
        calls.push({
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: [id], Tags: tags },
          resourceIds: [id],
          describe: `copy ${tags.length} tag${tags.length === 1 ? '' : 's'} of ${instanceId} to ${id}`,
          okErrors: ['InvalidVolume.NotFound'],
        });
      }
    }
    return calls;
  },
});
