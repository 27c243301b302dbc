/**
 * Cloud Custodian's ECS taggable filter: ECS resources can be tagged only when their ARN is in
 * the new format, which names the cluster (`service/<cluster>/<name>`, not `service/<name>`).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';

/** The ECS resource kinds whose ARNs changed format (c7n's NEW_ARN_STYLE). */
const NEW_ARN_STYLE = new Set(['container-instance', 'service', 'task']);

/** c7n's ecs_taggable: an ARN of another kind is taggable; these need a cluster in the path. */
export function ecsTaggable(arn: unknown): boolean {
  const parts = String(arn).split(':').at(-1)?.split('/') ?? [];
  if (!NEW_ARN_STYLE.has(parts[0] ?? '')) return true;
  return parts.length > 2;
}

export default defineFilter({
  type: 'taggable',
  resources: ['aws.ecs-service'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description:
          'true: services that can be tagged (new-format ARN); false or absent: those that cannot.',
      },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Services by whether they can be tagged: only those whose ARN is in the new format (`service/<cluster>/<name>`) can. As in Cloud Custodian, without `state: true` the filter matches the services that cannot.',
    example: '- type: taggable\n  state: true',
  },
  reads: () => ['serviceArn'],
  compile: (opts) => ({
    kind: 'match',
    match: (s: Resource) => ecsTaggable(s.serviceArn) === (opts.state === true),
  }),
});
