/**
 * Which statements of a resource policy (a bucket policy, a queue policy...) grant access
 * outside the allowed accounts, after Cloud Custodian's iamaccess PolicyChecker: an Allow whose
 * principal is everyone or another account, for the checked actions, unless every condition
 * it carries (of the kinds understood) restricts it to allowed accounts, VPCs, endpoints or
 * organizations. Not an element: the `cross-account` filters of policy-bearing types use it.
 */
import { globRegex, parseJsonData } from '@c7n-ts/core';

export interface CheckerConfig {
  allowedAccounts: ReadonlySet<string>;
  allowedVpc?: ReadonlySet<string>;
  allowedVpce?: ReadonlySet<string>;
  allowedOrgIds?: ReadonlySet<string>;
  allowedOrgUnits?: ReadonlySet<string>;
  /** Only statements granting one of these actions count (statement actions may be globs). */
  checkActions?: readonly string[];
  /** Only grants to everyone count. */
  everyoneOnly?: boolean;
  /** Condition keys that clear a statement on their own (compared lowercased). */
  whitelistConditions?: readonly string[];
  /** Principals matching one of these globs are allowed (ids left by deleted principals). */
  whitelistPatterns?: readonly string[];
  /**
   * Condition keys a type adds (SNS's `sns:endpoint`, `sns:protocol`): true when the condition
   * restricts access to allowed parties. Gets the statement's other conditions too.
   */
  conditionHandlers?: Readonly<Record<string, (c: Condition, all: readonly Condition[]) => boolean>>;
}

type Statement = Record<string, unknown>;
export interface Condition {
  op: string;
  key: string;
  values: string[];
}

/** The account of an ARN, or the string itself when it is not one. */
export function accountOf(arn: string): string {
  const parts = arn.split(':');
  return parts.length < 5 ? arn : (parts[4] as string);
}

const OPS = [
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'ArnEquals',
  'ArnLike',
  'IpAddress',
  'NotIpAddress',
];
// Cloud Custodian's prefixes: IAM spells the second ForAnyValue, so those operators are skipped there too.
const SET_OPS = ['ForAllValues', 'ForAnyValues'];
const ORG_KEYS = new Set(['aws:principalorgid', 'aws:resourceorgid', 'aws:principalorgpaths']);
const PRINCIPAL_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:sourcearn',
  's3:dataaccesspointaccount',
]);

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const outside = (values: readonly string[], allowed: ReadonlySet<string> | undefined) =>
  values.some((v) => !allowed?.has(accountOf(v)));

export class PolicyChecker {
  private readonly conditionsOk: Set<string>;
  constructor(private readonly config: CheckerConfig) {
    this.conditionsOk = new Set((config.whitelistConditions ?? []).map((c) => c.toLowerCase()));
  }

  /** The statements that grant access outside what is allowed, and those that do not. */
  check(policy: unknown): { violations: Statement[]; allowed: Statement[] } {
    const doc = (typeof policy === 'string' ? parseJsonData(policy) : policy) as {
      Statement?: unknown;
    } | null;
    const out = { violations: [] as Statement[], allowed: [] as Statement[] };
    for (const s of asList(doc?.Statement) as Statement[])
      (this.violates(s) ? out.violations : out.allowed).push(s);
    return out;
  }

  private violates(s: Statement): boolean {
    const principal = this.principal(s);
    const effect = s.Effect === 'Allow';
    const action = this.action(s);
    return principal && effect && action && !this.conditionsClear(s);
  }

  private action(s: Statement): boolean {
    const check = this.config.checkActions ?? [];
    if (!check.length) return true;
    return asList(s.Action).some((a) => typeof a === 'string' && check.some((c) => globRegex(a).test(c)));
  }

  /** True when a principal is outside the allowed accounts (or is everyone). */
  private principal(s: Statement): boolean {
    if ('NotPrincipal' in s) return true;
    let principals = s.Principal;
    if (!principals || (typeof principals === 'object' && Object.keys(principals).length === 0)) return true;
    if (typeof principals !== 'object' || Array.isArray(principals)) principals = { AWS: principals };
    const ids = new Set<string>();
    for (const [kind, v] of Object.entries(principals as Record<string, unknown>))
      if (kind !== 'Service') for (const id of asList(v)) ids.add(String(id));
    if (!ids.size) return false;
    let ok = true;
    for (const id of ids) {
      if (id === '*') ok = false;
      else if (this.config.everyoneOnly) continue;
      else if (id.startsWith('arn:aws:iam::cloudfront:user')) continue;
      else if (this.config.whitelistPatterns?.some((p) => globRegex(p).test(id))) continue;
      else if (!this.config.allowedAccounts.has(accountOf(id))) ok = false;
    }
    return !ok;
  }

  private conditions(s: Statement): Condition[] {
    const cond = s.Condition;
    if (!cond || typeof cond !== 'object') return [];
    const out: Condition[] = [];
    for (const [op, body] of Object.entries(cond as Record<string, unknown>)) {
      if (!OPS.includes(op) && !SET_OPS.some((p) => op.startsWith(p))) continue;
      if (!body || typeof body !== 'object') continue;
      for (const [key, value] of Object.entries(body as Record<string, unknown>))
        out.push({ op, key: key.toLowerCase(), values: asList(value).map(String) });
    }
    return out;
  }

  /** True when the statement's conditions restrict it to allowed principals. */
  private conditionsClear(s: Statement): boolean {
    const conditions = this.conditions(s);
    if (!conditions.length) return false;
    const results: boolean[] = [];
    let org = false;
    for (const c of conditions) {
      const r = this.condition(c, conditions);
      if (r === undefined) return false; // a condition we cannot judge clears nothing
      if (r && ORG_KEYS.has(c.key)) org = true;
      results.push(r);
    }
    if (results.every(Boolean)) return true;
    if (!org) return false;
    // Within an allowed organization, principal conditions naming allowed accounts (or wildcards) still clear.
    return conditions.every(
      (c, i) =>
        results[i] ||
        (PRINCIPAL_KEYS.has(c.key) &&
          c.values.every((v) => v.includes('*') || this.config.allowedAccounts.has(accountOf(v)))),
    );
  }

  /** True when the condition restricts access to allowed parties; undefined for unknown keys. */
  private condition(c: Condition, all: readonly Condition[]): boolean | undefined {
    if (this.conditionsOk.has(c.key)) return true;
    const { allowedAccounts, allowedVpc, allowedVpce, allowedOrgIds, allowedOrgUnits } = this.config;
    switch (c.key) {
      case 'aws:sourceowner':
      case 'aws:sourceaccount':
      case 'aws:sourcearn':
      case 'aws:principalarn':
      case 'aws:principalaccount':
      case 's3:dataaccesspointaccount':
        return !outside(c.values, allowedAccounts);
      case 'aws:sourceip':
        return true;
      case 'aws:sourcevpce':
        return !allowedVpce?.size || !outside(c.values, allowedVpce);
      case 'aws:sourcevpc':
        return !allowedVpc?.size || !outside(c.values, allowedVpc);
      case 'aws:principalorgid':
        return Boolean(allowedOrgIds?.size) && !outside(c.values, allowedOrgIds);
      case 'aws:resourceorgid':
        return !outside(c.values, allowedOrgIds);
      case 'aws:principalorgpaths':
        if (!allowedOrgIds?.size && !allowedOrgUnits?.size) return false;
        return c.values.every((v) => this.orgPathAllowed(v));
      default:
        return this.config.conditionHandlers?.[c.key]?.(c, all);
    }
  }

  private orgPathAllowed(path: string): boolean {
    const segs = path.split('/');
    const org = segs[0] as string;
    if (this.config.allowedOrgIds?.has(org)) return true;
    for (const unit of this.config.allowedOrgUnits ?? []) {
      const w = unit.replace(/^\/+|\/+$/g, '').split('/');
      if (w[0] === org && segs.slice(1).includes(w[w.length - 1] as string)) return true;
    }
    return false;
  }
}
