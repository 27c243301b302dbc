/**
 * Cloud Custodian's sqs dead-letter: the queues (among those still matched) that some queue of
 * the region, matched or not, names as its dead-letter target in its RedrivePolicy.
 */
import { defineFilter, parseJsonData, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';

/** The dead-letter target ARNs the queues' RedrivePolicy names. */
export function deadLetterTargets(queues: readonly Resource[]): Set<string> {
  const targets = new Set<string>();
  for (const q of queues) {
    if (typeof q.RedrivePolicy !== 'string' || !q.RedrivePolicy) continue;
    try {
      const target = (parseJsonData(q.RedrivePolicy) as { deadLetterTargetArn?: unknown })
        .deadLetterTargetArn;
      if (typeof target === 'string') targets.add(target);
    } catch {
      // Not JSON: names no target.
    }
  }
  return targets;
}

export default defineFilter({
  type: 'dead-letter',
  resources: ['aws.sqs'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: {
    summary:
      "Queues that are some queue's dead-letter queue: every queue of the region (matched or not) is read for its RedrivePolicy's `deadLetterTargetArn`.",
    example: '- type: dead-letter',
  },
  reads: () => ['QueueArn', 'RedrivePolicy'],
  compile: () => ({
    kind: 'process',
    async process(queues: Resource[], ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
      // c7n looks at every queue, whatever the filters before this one kept.
      const targets = deadLetterTargets(await p.related('aws.sqs', region));
      return queues.filter((q) => typeof q.QueueArn === 'string' && targets.has(q.QueueArn));
    },
  }),
});
