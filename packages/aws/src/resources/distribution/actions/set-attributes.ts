import { isDeepStrictEqual } from 'node:util';
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';
import { type DistributionConfig, readConfig, updateCall } from './_config.js';

/** DistributionConfig members, from the SDK model (Cloud Custodian's shape_validate). */
const MEMBERS: readonly string[] = sdkShapes.cloudfront.DistributionConfig;

/**
 * Cloud Custodian's `merge_dict`: dicts merge recursively, lists gain the values they lack, a
 * string joins a list (first when the old value is the string), other values are replaced.
 */
export function mergeDict(a: DistributionConfig, b: DistributionConfig): DistributionConfig {
  const d = structuredClone(a);
  for (const [k, v] of Object.entries(b)) {
    const old = d[k];
    if (!(k in d)) d[k] = v;
    else if (isPlain(old) && isPlain(v)) d[k] = mergeDict(old, v);
    else if (Array.isArray(old) && Array.isArray(v)) {
      for (const x of v) if (!old.some((y) => isDeepStrictEqual(x, y))) old.push(x);
    } else if (typeof v === 'string' && Array.isArray(old)) {
      if (!old.includes(v)) old.push(v);
    } else if (typeof old === 'string' && Array.isArray(v)) {
      d[k] = [old, ...v.filter((x) => x !== old)];
    } else d[k] = v;
  }
  return d;
}

const isPlain = (v: unknown): v is DistributionConfig =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export default defineAction({
  type: 'set-attributes',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        description:
          'DistributionConfig members to merge into the current configuration (nested objects merge, lists gain the values they lack); CallerReference cannot be set.',
      },
    },
  } as const,
  permissions: ['cloudfront:UpdateDistribution', 'cloudfront:GetDistributionConfig'],
  doc: {
    summary:
      "Update a distribution's configuration: GetDistributionConfig, the `attributes` merged in as Cloud Custodian's merge_dict does, then UpdateDistribution when that changed anything. A distribution deleted since the listing is skipped.",
    example:
      '- type: set-attributes\n  attributes:\n    Logging:\n      Enabled: true\n      IncludeCookies: false\n      Bucket: logs.s3.amazonaws.com\n      Prefix: cf/',
  },
  messages: {
    'caller-reference': 'CallerReference cannot be updated.',
    'unknown-member': 'not a DistributionConfig member.',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys(opts.attributes as Record<string, unknown>)) {
      if (key === 'CallerReference')
        problems.push({
          messageId: 'caller-reference',
          message: 'CallerReference field cannot be updated.',
          path: ['attributes', key],
          at: 'key',
        });
      else if (!MEMBERS.includes(key))
        problems.push({
          messageId: 'unknown-member',
          message: `"${key}" is not a DistributionConfig member.`,
          path: ['attributes', key],
          at: 'key',
        });
    }
    return problems;
  },
  reads: () => ['Id'],
  async plan(distributions, opts, ctx) {
    const calls: PlannedCall[] = [];
    const attributes = opts.attributes as DistributionConfig;
    for (const d of distributions) {
      const id = String(d.Id);
      const read = await readConfig(ctx, id, 'set-attributes');
      if (!read) continue;
      const updated = mergeDict(read.config, attributes);
      if (isDeepStrictEqual(updated, read.config)) continue;
      calls.push(
        updateCall(
          id,
          { ...read, config: updated },
          `set ${Object.keys(attributes).join(', ')} on distribution ${id}`,
        ),
      );
    }
    return calls;
  },
});
