import { removeStatements } from '../../../common/actions/_remove-statements.js';
import { errorCode, isServiceError } from '../../../query/errors.js';

export default removeStatements({
  resources: ['aws.kms', 'aws.kms-key'],
  permissions: ['kms:GetKeyPolicy', 'kms:PutKeyPolicy'],
  summary:
    "Remove statements from a key's policy (an alias's: the key it targets): by Sid, those the `cross-account` filter matched, or all. The policy is the one that filter read (`Policy`), else GetKeyPolicy `default`; what is left is written back with PutKeyPolicy (KMS keys have only the `default` policy). A key whose policy loses nothing, or that has none, is left alone.",
  reads: ['KeyId', 'TargetKeyId', 'AliasArn', 'Policy'],
  name: (k) => String(k.TargetKeyId ?? k.KeyId),
  async policyText(k, ctx) {
    if (!('Policy' in k)) {
      if (!ctx.read) return undefined;
      try {
        const out = (await ctx.read('kms', 'GetKeyPolicy', {
          KeyId: k.TargetKeyId ?? k.KeyId,
          PolicyName: 'default',
        })) as { Policy?: string };
        k.Policy = out.Policy;
      } catch (e) {
        // As c7n: no policy is nothing to remove; another refusal skips this key only.
        if (errorCode(e) === 'NotFoundException') k.Policy = null;
        else if (isServiceError(e)) {
          ctx.log?.('warn', `kms: reading the policy of ${String(k.TargetKeyId ?? k.KeyId)}: ${e.name}`);
          return undefined;
        } else throw e;
      }
    }
    return typeof k.Policy === 'string' ? k.Policy : undefined;
  },
  calls: (k, { policy, kept, what }) => [
    {
      service: 'kms',
      operation: 'PutKeyPolicy',
      input: {
        KeyId: k.TargetKeyId ?? k.KeyId,
        PolicyName: 'default',
        Policy: JSON.stringify({ ...policy, Statement: kept }),
      },
      // The type's id: an alias's ARN, a key's id.
      resourceIds: [String(k.AliasArn ?? k.KeyId)],
      describe: what,
    },
  ],
});
