import { defineAction, didYouMean, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { planTag, tagPermissions, tagsOf } from '../tagging/index.js';

/** What c7n applies; `replace` is in its list but does nothing. */
const TRANSFORMS = ['lower', 'upper', 'title', 'strip', 'replace'];

export default defineAction({
  type: 'normalize-tag',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key', 'action'],
    properties: {
      key: { type: 'string', description: 'Key of the tag whose value is rewritten.' },
      // c7n's schema puts its list under `items`, which a string ignores: any word loads there.
      action: {
        type: 'string',
        description:
          'lower, upper or title case the value, or strip the characters of `value` from both ends. Any other word (`replace`, `remove`, ...) loads as in Cloud Custodian and, as there, does nothing (with a warning).',
      },
      value: {
        type: 'string',
        description:
          'For `strip`: the characters removed from both ends (each one, in any order, as Python strip).',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => tagPermissions(rt),
  doc: {
    summary:
      'Rewrite the value of one tag: lower, upper or title case it, or strip characters from its ends. Resources without the tag, or whose value would not change, are left alone.',
    example: '- type: normalize-tag\n  key: Environment\n  action: lower',
  },
  messages: {
    'strip-needs-value': '`strip` needs `value`, the characters to strip; without it nothing changes.',
    'replace-does-nothing': '`replace` does nothing (as in Cloud Custodian).',
    'unknown-transform': 'This action word does nothing (as in Cloud Custodian).',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.action === 'strip' && !opts.value)
      problems.push({
        messageId: 'strip-needs-value',
        message: '`strip` needs `value`, the characters to strip; without it nothing changes.',
        path: ['action'],
      });
    if (opts.action === 'replace')
      problems.push({
        messageId: 'replace-does-nothing',
        message: '`replace` does nothing (as in Cloud Custodian).',
        path: ['action'],
        severity: 'warning',
      });
    else if (!TRANSFORMS.includes(opts.action)) {
      const near = didYouMean(opts.action, TRANSFORMS);
      problems.push({
        messageId: 'unknown-transform',
        message: `action "${opts.action}" is not lower, upper, title or strip: like Cloud Custodian, c7n-ts changes nothing${near ? `; did you mean "${near}"?` : ''}`,
        hint: 'to delete the tag, use the remove-tag action',
        path: ['action'],
        severity: 'warning',
      });
    }
    return problems;
  },
  async plan(resources, opts, ctx) {
    const byValue = new Map<string, Resource[]>();
    for (const r of resources) {
      const old = tagsOf(r).get(opts.key);
      if (old === undefined) continue;
      const next = transform(old, opts.action, opts.value);
      // As c7n: an empty result is not written.
      if (!next || next === old) continue;
      const members = byValue.get(next) ?? [];
      members.push(r);
      byValue.set(next, members);
    }
    const calls: PlannedCall[] = [];
    for (const [value, members] of byValue)
      calls.push(...(await planTag(ctx.resourceType, members, { [opts.key]: value }, ctx)));
    return calls;
  },
});

function transform(value: string, action: string, chars: string | undefined): string | undefined {
  switch (action) {
    case 'lower':
      return value.toLowerCase();
    case 'upper':
      return value.toUpperCase();
    case 'title':
      return pythonTitle(value);
    case 'strip':
      // c7n strips only when the whole `value` occurs in the tag value.
      return chars && value.includes(chars) ? pythonStrip(value, chars) : undefined;
    default:
      return undefined;
  }
}

/** Python `str.title()`: a letter after a non-letter is upper-cased, other letters lower-cased. */
function pythonTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = cased;
  }
  return out;
}

/** Python `str.strip(chars)`: removes any of `chars` from both ends. */
function pythonStrip(s: string, chars: string): string {
  const set = new Set(chars);
  const list = [...s];
  let start = 0;
  let end = list.length;
  while (start < end && set.has(list[start] as string)) start++;
  while (end > start && set.has(list[end - 1] as string)) end--;
  return list.slice(start, end).join('');
}
