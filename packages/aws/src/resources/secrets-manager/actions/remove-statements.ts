import { removeStatements } from '../../../common/actions/_remove-statements.js';

/** Where the `cross-account` filter keeps the secret's resource policy (JSON text). */
const POLICY = 'c7n:AccessPolicy';

export default removeStatements({
  resources: ['aws.secrets-manager'],
  permissions: ['secretsmanager:DeleteResourcePolicy', 'secretsmanager:PutResourcePolicy'],
  summary:
    "Remove statements from a secret's resource policy, as read by the `cross-account` filter (which the policy must use, as Cloud Custodian requires): by Sid, those it matched, or all. The rest is written back with PutResourcePolicy, or the policy deleted (DeleteResourcePolicy) when nothing is left; a secret whose policy loses nothing is left alone.",
  reads: ['ARN', 'Name', POLICY],
  needsCrossAccount: true,
  name: (s) => String(s.Name),
  policyText: (s) => (typeof s[POLICY] === 'string' ? s[POLICY] : undefined),
  calls: (s, { policy, kept, what }) => [
    kept.length
      ? {
          service: 'secretsmanager',
          operation: 'PutResourcePolicy',
          input: { SecretId: s.ARN, ResourcePolicy: JSON.stringify({ ...policy, Statement: kept }) },
          resourceIds: [String(s.Name)],
          describe: what,
        }
      : {
          service: 'secretsmanager',
          operation: 'DeleteResourcePolicy',
          input: { SecretId: s.ARN },
          resourceIds: [String(s.Name)],
          describe: `${what}, deleting it`,
        },
  ],
});
