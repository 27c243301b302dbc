import type { EvalContext, Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { policyHasStatement } from '../../../common/filters/has-statement.js';
import { errorCode } from '../../../query/errors.js';

/**
 * GetResourcePolicy (by name) per secret without a `Policy` yet, as Cloud Custodian: the policy
 * is kept in `Policy` when the secret has one; a secret gone meanwhile is left without.
 */
async function withResourcePolicies(secrets: Resource[], ctx: EvalContext): Promise<void> {
  for (const secret of secrets) {
    if ('Policy' in secret) continue;
    const p = providerOf(ctx);
    try {
      const answer = await p.send(
        'secretsmanager',
        'GetResourcePolicy',
        { SecretId: secret.Name },
        regionOf(ctx, p),
      );
      if (answer.ResourcePolicy) secret.Policy = answer.ResourcePolicy;
    } catch (e) {
      if (errorCode(e) !== 'ResourceNotFoundException') throw e;
    }
  }
}

export default policyHasStatement({
  resources: ['aws.secrets-manager'],
  permissions: ['secretsmanager:GetResourcePolicy'],
  noun: 'secret',
  placeholders: '{secret_arn}',
  policySource: 'GetResourcePolicy per secret, kept in `Policy`',
  prefetch: withResourcePolicies,
  formatArgs: (s) => ({ secret_arn: typeof s.ARN === 'string' ? s.ARN : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Deny',
    '      Action: secretsmanager:GetSecretValue',
    '      Principal: "*"',
    '      Resource: "{secret_arn}"',
  ].join('\n'),
});
