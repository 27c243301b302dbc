import { defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { planRetag, tagPermissions, tagsOf, untagPermissions } from '../tagging/index.js';

/** AWS allows 50 user tags per resource; a full resource must lose the old key first. */
const TAG_LIMIT = 50;

export default defineAction({
  type: 'rename-tag',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['new_key'],
    properties: {
      old_key: { type: 'string', description: 'Key to rename.' },
      old_keys: {
        type: 'array',
        minItems: 1,
        items: { type: 'string' },
        description:
          'Several keys to fold into `new_key`; when a resource has more than one, the value of the first listed wins. All are removed.',
      },
      new_key: { type: 'string', description: 'Key that receives the old value.' },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => [...new Set([...tagPermissions(rt), ...untagPermissions(rt)])],
  doc: {
    summary:
      'Move a tag value to a new key: set `new_key` to the value of `old_key` (or the first present of `old_keys`), then remove the old keys. Resources without any old key are left alone.',
    example: '- type: rename-tag\n  old_key: owner\n  new_key: Owner',
  },
  messages: {
    'no-old-key': 'give `old_key` or `old_keys`.',
    'same-key': '`new_key` is also an old key; renaming it to itself would delete it.',
  },
  check(opts) {
    const problems: Problem[] = [];
    const olds = oldKeys(opts);
    if (olds.length === 0)
      problems.push({ messageId: 'no-old-key', message: 'give `old_key` or `old_keys`.' });
    if (olds.includes(opts.new_key))
      problems.push({
        messageId: 'same-key',
        message: '`new_key` is also an old key; renaming it to itself would delete it.',
        path: ['new_key'],
      });
    return problems;
  },
  async plan(resources, opts, ctx) {
    const olds = oldKeys(opts);
    const rt = ctx.resourceType;
    // Group by (value, keys to remove, full?) so each group is one batched tag and untag.
    const groups = new Map<string, { value: string; remove: string[]; full: boolean; members: Resource[] }>();
    for (const r of resources) {
      const tags = tagsOf(r);
      const present = olds.filter((k) => tags.has(k));
      const first = present[0];
      if (first === undefined) continue;
      const value = tags.get(first) as string;
      const full = !tags.has(opts.new_key) && tags.size >= TAG_LIMIT;
      const id = JSON.stringify([value, present, full]);
      const g = groups.get(id) ?? { value, remove: present, full, members: [] };
      groups.set(id, g);
      g.members.push(r);
    }
    const calls: PlannedCall[] = [];
    for (const g of groups.values()) {
      // New tag first so the value is never lost; only a resource at the limit goes the other way.
      calls.push(
        ...(await planRetag(rt, g.members, { [opts.new_key]: g.value }, g.remove, ctx, {
          removeFirst: g.full,
        })),
      );
    }
    return calls;
  },
});

function oldKeys(opts: { old_key?: string; old_keys?: readonly string[] }): string[] {
  return [...new Set([...(opts.old_keys ?? []), ...(opts.old_key !== undefined ? [opts.old_key] : [])])];
}
