/** `tag-count`: compare the number of user tags (ignoring AWS's reserved `aws:` tags). */
import { defineFilter } from '../define/index.js';
import { compare, comparisonOp } from './value/ops.js';
import { isDict } from './value/py.js';

export default defineFilter({
  type: 'tag-count',
  pure: true,
  reads: () => ['Tags'],
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      count: {
        type: 'integer',
        minimum: 0,
        default: 10,
        description: 'The number to compare with; default 10.',
      },
      op: { ...comparisonOp, default: 'gte', description: `${comparisonOp.description} Default gte.` },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Match on how many tags a resource has, not counting `aws:` tags (AWS allows 50 user tags per resource).',
    example: '- type: tag-count\n  count: 45\n  op: gte',
  },
  compile(opts) {
    const count = opts.count ?? 10;
    const op = opts.op ?? 'gte';
    return {
      kind: 'match',
      match(r) {
        const tags = Array.isArray(r.Tags) ? r.Tags : [];
        let n = 0;
        for (const t of tags) if (isDict(t) && !String(t.Key).startsWith('aws:')) n++;
        return compare(op, n, count);
      },
    };
  },
});
