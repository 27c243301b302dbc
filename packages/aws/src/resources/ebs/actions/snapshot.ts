import type { Tag, Volume } from '@aws-sdk/client-ec2';
import { defineAction, type Problem } from '@c7n-ts/core';

type TagValue = string | number | boolean;

/** How c7n's YAML values reach the API: Python's `str()` (`True`, not `true`). */
const pyStr = (v: TagValue): string => (typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

/**
 * Tags for a new snapshot, as c7n's `coalesce_copy_user_tags` builds them: the user's `tags`
 * (or `custodian_snapshot: ''` when none), then the resource's tags named by `copy` (`'*'` or
 * `true` for all) that the user's tags do not override, in the resource's order.
 */
export function snapshotTags(
  resourceTags: readonly Tag[] | undefined,
  copy: readonly string[] | boolean,
  userTags: Readonly<Record<string, TagValue>> | undefined,
): { Key: string; Value: string }[] {
  const user = Object.entries(userTags ?? {});
  const out = (user.length ? user : [['custodian_snapshot', '']]).map(([Key, v]) => ({
    Key: Key as string,
    Value: pyStr(v as TagValue),
  }));
  const userKeys = new Set(out.map((t) => t.Key));
  const all = copy === true || (Array.isArray(copy) && copy.includes('*'));
  const wanted = new Set(Array.isArray(copy) ? copy : []);
  for (const t of resourceTags ?? []) {
    if (t.Key === undefined || userKeys.has(t.Key)) continue;
    if (all || wanted.has(t.Key)) out.push({ Key: t.Key, Value: t.Value ?? '' });
  }
  return out;
}

/** The copy options of both snapshot actions: c7n refuses `copy-tags` beside `copy-volume-tags`. */
export const snapshotTagOptions = {
  'copy-tags': {
    type: 'array',
    items: { type: 'string' },
    description: 'Keys of the tags to copy to the snapshot; `*` copies all.',
  },
  'copy-volume-tags': {
    type: 'boolean',
    description: 'Copy every tag of the volume to its snapshot (the default, unless `copy-tags` is given).',
  },
  tags: {
    type: 'object',
    additionalProperties: { type: ['string', 'number', 'boolean'] },
    description:
      'Tags to set on the snapshot, key to value; default `custodian_snapshot` with an empty value.',
  },
} as const;

export function checkCopyOptions(opts: {
  'copy-tags'?: readonly string[];
  'copy-volume-tags'?: boolean;
}): Problem[] {
  if (opts['copy-tags']?.length && opts['copy-volume-tags'] !== undefined)
    return [
      {
        messageId: 'copy-both',
        message: 'give `copy-tags` or `copy-volume-tags`, not both.',
        path: ['copy-volume-tags'],
        at: 'key',
      },
    ];
  return [];
}

export default defineAction({
  type: 'snapshot',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...snapshotTagOptions,
      description: {
        type: 'string',
        description: 'Snapshot description; default `Automated snapshot by c7n - <policy name>`.',
      },
    },
  } as const,
  permissions: ['ec2:CreateSnapshot', 'ec2:CreateTags'],
  doc: {
    summary:
      'Snapshot each volume, tagging the snapshot at creation with `tags` (default `custodian_snapshot`) plus the volume tags named in `copy-tags`, or all of them (`copy-volume-tags`, the default).',
    example: '- type: snapshot\n  copy-tags: [Name, Owner]\n  tags:\n    Reason: weekly-backup',
  },
  messages: { 'copy-both': 'give `copy-tags` or `copy-volume-tags`, not both.' },
  check: (opts) => checkCopyOptions(opts),
  reads: () => ['VolumeId', 'Tags'],
  plan(resources: Volume[], opts, ctx) {
    const description = opts.description || `Automated snapshot by c7n - ${ctx.policyName}`;
    // c7n: an empty `copy-tags` list falls back to `copy-volume-tags`, which defaults to true.
    const copy = opts['copy-tags']?.length ? opts['copy-tags'] : (opts['copy-volume-tags'] ?? true);
    return resources.flatMap((v) =>
      v.VolumeId
        ? [
            {
              service: 'ec2',
              operation: 'CreateSnapshot',
              input: {
                VolumeId: v.VolumeId,
                Description: description,
                TagSpecifications: [
                  { ResourceType: 'snapshot', Tags: snapshotTags(v.Tags, copy, opts.tags) },
                ],
              },
              resourceIds: [v.VolumeId],
              describe: `snapshot ${v.VolumeId}`,
              okErrors: ['InvalidVolume.NotFound'],
            },
          ]
        : [],
    );
  },
});
