import type { KeyPairInfo } from '@aws-sdk/client-ec2';
import { type CompileContext, defineAction, type Problem } from '@c7n-ts/core';

const messages = {
  'needs-unused': 'delete needs the `unused` filter in its policy, as Cloud Custodian requires.',
  'used-keys':
    'delete with a filter saying `state: false` would delete key pairs in use; filter for unused keys.',
} as const;

/** Every filter of the policy, nested ones (`or`, `and`, `not`) included, as c7n's iter_filters. */
function* walk(filters: unknown): Generator<unknown> {
  if (!Array.isArray(filters)) return;
  for (const f of filters) {
    yield f;
    if (f && typeof f === 'object')
      for (const op of ['or', 'and', 'not']) yield* walk((f as Record<string, unknown>)[op]);
  }
}

export default defineAction({
  type: 'delete',
  resources: ['aws.key-pair'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteKeyPair'],
  doc: {
    summary:
      'Delete key pairs by id, one DeleteKeyPair call each. As in Cloud Custodian, the policy must filter with `unused`, and no filter may say `state: false`.',
    example: '- delete',
  },
  messages,
  check(_opts, ctx: CompileContext) {
    // c7n's validate reads the policy's filters; without the policy (a lone element) we cannot tell.
    if (!ctx.policy) return [];
    const filters = [...walk(ctx.policy.filters)];
    const problems: Problem[] = [];
    const isUnused = (f: unknown) =>
      f === 'unused' || (typeof f === 'object' && f !== null && (f as { type?: unknown }).type === 'unused');
    if (!filters.some(isUnused))
      problems.push({ messageId: 'needs-unused', message: messages['needs-unused'] });
    else if (
      filters.some((f) => typeof f === 'object' && f !== null && (f as { state?: unknown }).state === false)
    )
      problems.push({ messageId: 'used-keys', message: messages['used-keys'] });
    return problems;
  },
  reads: () => ['KeyPairId'],
  plan(resources: KeyPairInfo[]) {
    return resources.flatMap((k) =>
      k.KeyPairId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteKeyPair',
              input: { KeyPairId: k.KeyPairId },
              resourceIds: [k.KeyPairId],
              describe: `delete ${k.KeyPairId}${k.KeyName ? ` (${k.KeyName})` : ''}`,
            },
          ]
        : [],
    );
  },
});
