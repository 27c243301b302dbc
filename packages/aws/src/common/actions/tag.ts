import { DEFAULT_MARK_TAG, defineAction, formatString, type Problem, runtimeVariables } from '@c7n-ts/core';
import { planTag, tagPermissions } from '../tagging/index.js';

/** Python's `str()` of a YAML scalar, as c7n renders non-string values of `tags`. */
function pyStr(v: string | number | boolean): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

export default defineAction({
  type: 'tag',
  // `mark` is c7n's deprecated old name for this action.
  aliases: ['mark'],
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      key: { type: 'string', description: 'Tag key to set to `value`.' },
      tag: { type: 'string', description: 'Older spelling of `key`; give one of the two.' },
      value: {
        type: 'string',
        description:
          'Value for `key`. Without `key` or `tag`, Cloud Custodian writes it to `maid_status`. `{account_id}`, `{region}` and `{now}` (e.g. `{now:+7d%Y-%m-%d}`) are filled in.',
      },
      tags: {
        type: 'object',
        description: 'Several tags at once, key to value; placeholders as in `value`.',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
      },
    },
  } as const,
  // S3 merges with the fetched tags and re-reads them before writing, in c7n's order.
  reads: () => ['Tags'],
  permissions: (_opts, rt) => tagPermissions(rt),
  doc: {
    summary:
      'Set one or more tags on the matched resources: `key` and `value`, or a `tags` mapping, or both. Existing tags with other keys are kept.',
    example: '- type: tag\n  key: Owner\n  value: unknown\n  tags:\n    ReviewedBy: custodian',
  },
  messages: {
    'key-and-tag': '`key` and `tag` name the same thing; give one.',
    'nothing-to-set': 'nothing to set: give `value` (with `key`) or `tags`.',
    'key-without-value': '`key` (or `tag`) is given without `value`; it is ignored.',
  },
  check(opts) {
    const problems: Problem[] = [];
    const keyField = opts.key !== undefined ? 'key' : opts.tag !== undefined ? 'tag' : undefined;
    if (opts.key !== undefined && opts.tag !== undefined)
      problems.push({
        messageId: 'key-and-tag',
        message: '`key` and `tag` name the same thing; give one.',
        path: ['tag'],
        at: 'key',
      });
    // As c7n: an empty value sets nothing.
    if (!opts.value && Object.keys(opts.tags ?? {}).length === 0)
      problems.push({
        messageId: 'nothing-to-set',
        message: 'nothing to set: give `value` (with `key`) or `tags`.',
      });
    else if (keyField && !opts.value)
      problems.push({
        messageId: 'key-without-value',
        message: `\`${keyField}\` is given without \`value\`; it is ignored.`,
        path: [keyField],
        severity: 'warning',
      });
    return problems;
  },
  plan(resources, opts, ctx) {
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.tags ?? {})) tags[k] = pyStr(v as string | number | boolean);
    if (opts.value) tags[opts.key ?? opts.tag ?? DEFAULT_MARK_TAG] = opts.value;
    // The loader interpolated what it knew; what it left as `{now}`, `{region}`... is done here,
    // as c7n's tag action formats its values again at run time.
    const vars = runtimeVariables({
      now: ctx.now,
      ...(ctx.accountId !== undefined && { accountId: ctx.accountId }),
      ...(ctx.region !== undefined && { region: ctx.region }),
      policyName: ctx.policyName,
    });
    for (const [k, v] of Object.entries(tags)) tags[k] = formatString(v, vars);
    return planTag(ctx.resourceType, resources, tags, ctx);
  },
});
