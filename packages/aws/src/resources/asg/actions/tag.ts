import { DEFAULT_MARK_TAG, defineAction, formatString, runtimeVariables } from '@c7n-ts/core';
import { planTag, tagPermissions } from '../../../common/tagging/index.js';

/** Cloud Custodian's value for an asg `tag` action given no `value` (nor `msg`). */
export const ASG_DEFAULT_TAG_VALUE = 'AutoScaleGroup does not meet policy guidelines';

/** Python's `str()` of a YAML scalar. */
function pyStr(v: string | number | boolean): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

// c7n's asg `tag` differs from the shared one: `msg`, `propagate`, and a default value.
export default defineAction({
  type: 'tag',
  aliases: ['mark'],
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      key: { type: 'string', description: 'Tag key; default `maid_status`.' },
      tag: { type: 'string', description: 'Older spelling of `key` (`key` wins when both are given).' },
      value: {
        type: 'string',
        description: `Tag value; default \`msg\`, else "${ASG_DEFAULT_TAG_VALUE}". \`{account_id}\`, \`{region}\` and \`{now}\` are filled in.`,
      },
      msg: { type: 'string', description: 'Older spelling of `value` (`value` wins when both are given).' },
      tags: {
        type: 'object',
        description: 'More tags, key to value, set besides `key`; placeholders as in `value`.',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
      },
      propagate: {
        type: 'boolean',
        description:
          'Set `PropagateAtLaunch` on the tags, so instances the group launches get them (default false).',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => tagPermissions(rt),
  doc: {
    summary:
      'Set tags on Auto Scaling groups (CreateOrUpdateTags, one call per group), optionally propagated to the instances they launch.',
    example: '- type: tag\n  key: OwnerName\n  value: unknown\n  propagate: true',
  },
  plan(resources, opts, ctx) {
    const tags: Record<string, string> = {};
    const value = opts.value ?? opts.msg ?? ASG_DEFAULT_TAG_VALUE;
    // As c7n: an empty key or value sets nothing for the pair.
    const key = opts.key ?? opts.tag ?? DEFAULT_MARK_TAG;
    if (key && value) tags[key] = value;
    for (const [k, v] of Object.entries(opts.tags ?? {})) tags[k] = pyStr(v as string | number | boolean);
    const vars = runtimeVariables({
      now: ctx.now,
      ...(ctx.accountId !== undefined && { accountId: ctx.accountId }),
      ...(ctx.region !== undefined && { region: ctx.region }),
      policyName: ctx.policyName,
    });
    for (const [k, v] of Object.entries(tags)) tags[k] = formatString(v, vars);
    return planTag(ctx.resourceType, resources, tags, ctx, { propagate: opts.propagate ?? false });
  },
});
