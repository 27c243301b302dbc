/**
 * Cloud Custodian's RemovePolicyBase and ModifyPolicyBase: the statements of a resource policy
 * (SQS queue, SNS topic...) that `remove-statements` drops and `modify-policy` rewrites.
 */
import type { Resource } from '@c7n-ts/core';
import { equal } from '../resources/s3/actions/_statements.js';

export type Statement = Record<string, unknown>;

/** Where the `cross-account` filter lists the statements it matched (Cloud Custodian's key). */
export const MATCHED = 'CrossAccountViolations';

/** `matched`, `*` or Sids: the statements to drop. */
export type StatementIds = 'matched' | '*' | readonly string[];

export const statementIdsOption = {
  description:
    'Statements to remove: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
  oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
} as const;

const stringOrList = (description: string) =>
  ({ description, anyOf: [{ type: 'string' }, { type: 'array' }] }) as const;
const principal = (description: string) =>
  ({ description, anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'array' }] }) as const;

/** Cloud Custodian's `iam-statement` definition: a statement to add. */
export const iamStatementSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['Sid', 'Effect'],
  properties: {
    Sid: { type: 'string', description: 'Statement id; a statement with the same Sid is replaced.' },
    Effect: { enum: ['Allow', 'Deny'], description: '`Allow` or `Deny`.' },
    Principal: principal('Who the statement applies to.'),
    NotPrincipal: {
      description: 'Who the statement does not apply to.',
      anyOf: [{ type: 'object' }, { type: 'array' }],
    },
    Action: stringOrList('Actions allowed or denied.'),
    NotAction: stringOrList('Actions excepted.'),
    Resource: stringOrList('Resources the statement covers.'),
    NotResource: stringOrList('Resources excepted.'),
    Condition: { type: 'object', description: 'Conditions for the statement to apply.' },
  },
  oneOf: [
    { required: ['Principal', 'Action', 'Resource'] },
    { required: ['NotPrincipal', 'Action', 'Resource'] },
    { required: ['Principal', 'NotAction', 'Resource'] },
    { required: ['NotPrincipal', 'NotAction', 'Resource'] },
    { required: ['Principal', 'Action', 'NotResource'] },
    { required: ['NotPrincipal', 'Action', 'NotResource'] },
    { required: ['Principal', 'NotAction', 'NotResource'] },
    { required: ['NotPrincipal', 'NotAction', 'NotResource'] },
  ],
} as const;

/** The options of `modify-policy`, the same for every type (Cloud Custodian's schema). */
export const modifyPolicyOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'add-statements': {
      type: 'array',
      items: iamStatementSchema,
      description:
        'Statements to add, replacing those with the same Sid. Strings may use {account_id} and {region}.',
    },
    'remove-statements': {
      description:
        'Statements to remove first: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
      oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
    },
  },
} as const;

/** The statements of a policy document, a single statement object counting as a list of one. */
export const statementsOf = (policy: Record<string, unknown>): Statement[] =>
  ([] as Statement[]).concat((policy.Statement as Statement | Statement[] | undefined) ?? []);

/** c7n's remove_statements: the statements kept and those `ids` finds. */
export function dropStatements(
  statements: readonly Statement[],
  ids: StatementIds,
  r: Resource,
): { kept: Statement[]; found: Statement[] } {
  const matched = Array.isArray(r[MATCHED]) ? (r[MATCHED] as unknown[]) : [];
  const kept: Statement[] = [];
  const found: Statement[] = [];
  for (const s of statements) {
    const hit =
      ids === '*' ||
      (ids === 'matched'
        ? matched.some((m) => equal(m, s))
        : typeof s.Sid === 'string' && ids.includes(s.Sid));
    (hit ? found : kept).push(s);
  }
  return { kept, found };
}

/**
 * c7n's modify-policy on one parsed policy: drop `remove`, then add `add` keyed by Sid (a
 * statement without one is keyed by its content), a same key replacing in place. Undefined when
 * nothing was removed or added.
 */
export function modifyStatements(
  policy: Record<string, unknown>,
  r: Resource,
  remove: StatementIds | undefined,
  add: readonly Statement[],
): Record<string, unknown> | undefined {
  let statements = statementsOf(policy);
  let removed = 0;
  if (remove?.length) {
    const { kept, found } = dropStatements(statements, remove, r);
    statements = kept;
    removed = found.length;
  }
  const key = (s: Statement) => ('Sid' in s ? `=${String(s.Sid)}` : `#${JSON.stringify(s)}`);
  const byKey = new Map(statements.map((s) => [key(s), s]));
  for (const s of add) byKey.set(key(s), s);
  if (!removed && !add.length) return undefined;
  return { ...policy, Statement: [...byKey.values()] };
}
