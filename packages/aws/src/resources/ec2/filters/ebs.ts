import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { getRelatedByIds } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** c7n asks DescribeVolumes for the volumes of this many instances at a time. */
const INSTANCES_PER_CALL = 200;

type Volume = { Attachments?: { InstanceId?: string; Device?: string }[] };

export default defineFilter({
  type: 'ebs',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      operator: {
        enum: ['and', 'or'],
        description: 'or (default): some attached volume matches; and: every attached volume matches.',
      },
      'skip-devices': {
        type: 'array',
        items: { type: 'string' },
        description: 'Device names (/dev/sda1) whose volumes are left out before matching.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeVolumes'],
  doc: {
    summary:
      "Instances by their attached EBS volumes: value filter options apply to each volume (DescribeVolumes by the ids in BlockDeviceMappings). Instances without EBS volumes don't match.",
    example: '- type: ebs\n  key: Encrypted\n  value: false\n  skip-devices: [/dev/sda1, /dev/xvda]',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['BlockDeviceMappings', 'InstanceId'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const skip = new Set<string>(opts['skip-devices'] ?? []);
    const all = opts.operator === 'and';
    return {
      kind: 'process',
      async process(rs, ectx) {
        const byInstance = new Map<string, Resource[]>();
        for (let i = 0; i < rs.length; i += INSTANCES_PER_CALL) {
          const ids = rs.slice(i, i + INSTANCES_PER_CALL).flatMap((r) => {
            const mappings = Array.isArray(r.BlockDeviceMappings) ? r.BlockDeviceMappings : [];
            return mappings.flatMap((b: { Ebs?: { VolumeId?: string } }) =>
              b?.Ebs?.VolumeId ? [b.Ebs.VolumeId] : [],
            );
          });
          for (const v of await getRelatedByIds(ectx, 'aws.ebs', ids)) {
            // c7n files a volume under its first attachment only.
            const owner = (v as Volume).Attachments?.[0]?.InstanceId;
            if (owner) byInstance.set(owner, [...(byInstance.get(owner) ?? []), v]);
          }
        }
        const out: Resource[] = [];
        for (const r of rs) {
          let volumes = byInstance.get(String(r.InstanceId));
          if (!volumes?.length) continue;
          if (skip.size)
            volumes = volumes.filter(
              (v) => !((v as Volume).Attachments ?? []).some((a) => skip.has(String(a.Device))),
            );
          const hits = await matcher(volumes, ectx);
          // As c7n's any()/all(): with every volume skipped, `and` matches and `or` does not.
          if (all ? volumes.every((v) => hits.has(v)) : volumes.some((v) => hits.has(v))) out.push(r);
        }
        return out;
      },
    };
  },
});
