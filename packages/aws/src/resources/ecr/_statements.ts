/** The statement schema and edits of ECR's `modify-ecr-policy` (Cloud Custodian's ModifyPolicyBase). */
import { equal, type Statement } from '../s3/actions/_statements.js';

const ECR_ACTION = { type: 'string', pattern: '^ecr:([a-zA-Z]*|[*])$' } as const;
const ACTIONS = { anyOf: [ECR_ACTION, { type: 'array', items: ECR_ACTION }] } as const;

/** One statement to add, as c7n's ECR_POLICY_SCHEMA: a Sid, an effect, a principal and ECR actions. */
export const ecrStatement = {
  type: 'object',
  required: ['Sid', 'Effect'],
  oneOf: [
    { required: ['Principal', 'Action'] },
    { required: ['NotPrincipal', 'Action'] },
    { required: ['Principal', 'NotAction'] },
    { required: ['NotPrincipal', 'NotAction'] },
  ],
  properties: {
    Sid: {
      type: 'string',
      description: 'Statement id; a statement of the policy with the same Sid is replaced.',
    },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
    Principal: {
      anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'array' }],
      description: 'Who the statement applies to (`*` for everyone).',
    },
    NotPrincipal: {
      anyOf: [{ type: 'object' }, { type: 'array' }],
      description: 'Who the statement does not apply to.',
    },
    Action: { ...ACTIONS, description: 'ECR actions (`ecr:BatchGetImage`, `ecr:*`).' },
    NotAction: { ...ACTIONS, description: 'ECR actions the statement does not cover.' },
    Resource: {
      anyOf: [{ type: 'string' }, { type: 'array' }],
      description: 'Accepted as in Cloud Custodian, but dropped: a repository policy names no resources.',
    },
    NotResource: { anyOf: [{ type: 'string' }, { type: 'array' }], description: 'Resources excluded.' },
    Condition: { type: 'object', description: 'IAM condition block.' },
  },
} as const;

/** Which statements to drop: Sids, `matched` (those the cross-account filter matched) or `*`. */
export type StatementIds = 'matched' | '*' | readonly string[];

/** c7n's remove_statements: the statements `ids` drops, out of `statements` (changed in place). */
export function removeStatements(
  statements: Statement[],
  ids: StatementIds,
  matched: readonly unknown[],
): Statement[] {
  const found: Statement[] = [];
  for (const s of [...statements]) {
    const hit =
      ids === '*' ||
      (ids === 'matched'
        ? matched.some((m) => equal(m, s))
        : typeof s.Sid === 'string' && ids.includes(s.Sid));
    if (!hit) continue;
    found.push(s);
    statements.splice(statements.indexOf(s), 1);
  }
  return found;
}

/**
 * c7n's add_statements: statements keyed by Sid (or, without one, by their JSON text), those added
 * replacing any with the same key in place, the others appended.
 */
export function addStatements(statements: readonly Statement[], added: readonly Statement[]): Statement[] {
  const key = (s: Statement) => (typeof s.Sid === 'string' ? `sid:${s.Sid}` : `json:${JSON.stringify(s)}`);
  const byKey = new Map<string, Statement>();
  for (const s of [...statements, ...added]) byKey.set(key(s), s);
  return [...byKey.values()];
}
