import { type CompileContext, comparisonOp, defineFilter, type Resource } from '@c7n-ts/core';
import { relatedById } from '../../../common/filters/fetch-related.js';

/** Cloud Custodian's key for a stack's notification topics. */
const TOPICS = 'c7n:SnsTopics';
const KEY = `"${TOPICS}"`;

/** The core `list-item` filter, which this one runs over the annotation. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

const arnsOf = (s: Resource) =>
  Array.isArray(s.NotificationARNs)
    ? (s.NotificationARNs as unknown[]).filter((a) => typeof a === 'string')
    : [];

export default defineFilter({
  type: 'topic',
  resources: ['aws.cfn'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description: 'Filters (value, reduce, and/or/not) a topic must pass, as in `list-item`.',
      },
      count: { type: 'number', description: 'Match on the number of topics that pass instead of any.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['sns:GetTopicAttributes', 'sns:ListTopics'],
  doc: {
    summary:
      'Stacks by the SNS topics they notify (`NotificationARNs`), fetched as `aws.sns` resources (by ARN below ten topics, else all) and kept in `c7n:SnsTopics`: as `list-item` over them, a stack matches when one passes `attrs` (or when the number that pass satisfies `count`). A topic that no longer exists is left out.',
    example: ['- type: topic', '  attrs:', '    - KmsMasterKeyId: absent'].join('\n'),
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['NotificationARNs', TOPICS],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(stacks, ectx) {
        const arns = [...new Set(stacks.flatMap(arnsOf))] as string[];
        const topics = await relatedById(ectx, 'aws.sns', 'TopicArn', arns);
        for (const s of stacks) s[TOPICS] = arnsOf(s).flatMap((a) => topics.get(a as string) ?? []);
        return inner.kind === 'process'
          ? inner.process(stacks, ectx)
          : stacks.filter((s) => inner.match(s, ectx));
      },
    };
  },
});
