/**
 * c7n-org's accounts.yml, read as c7n-org reads it (its CONFIG_SCHEMA and `accounts_iterator`),
 * with located diagnostics instead of a jsonschema traceback. c7n-org lets an account carry any
 * extra key; here a key that is a near miss of one it reads (`regoins`, `region`) is an error,
 * since c7n-org would run that account in its default regions without a word, and any other
 * extra key is a warning (c7n-org accepts it, nothing reads it).
 */
import { readFile } from 'node:fs/promises';
import { type Diagnostic, dataObject, didYouMean, type Path, parseFile, positionOf } from '@c7n-ts/core';

export interface OrgAccount {
  name: string;
  accountId: string;
  /** Roles to assume in order (c7n-org chains a list); a bare name became the account's role ARN. */
  roles: string[];
  externalId?: string;
  profile?: string;
  regions: string[];
  /** `key:value` strings, as c7n-org stores and matches them. */
  tags: string[];
  /** The account's vars, the file's top-level vars filling the names it does not set. */
  vars: Record<string, string>;
}

/** Keys c7n-org's schema names for an account. */
const ACCOUNT_KEYS = [
  'account_id',
  'display_name',
  'email',
  'external_id',
  'name',
  'org_id',
  'profile',
  'regions',
  'role',
  'tags',
  'vars',
] as const;
const TOP_KEYS = ['accounts', 'projects', 'subscriptions', 'tenancies', 'vars'] as const;

export interface AccountsFile {
  accounts: OrgAccount[];
  diagnostics: Diagnostic[];
}

export async function readAccountsFile(path: string): Promise<AccountsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`;
    return {
      accounts: [],
      diagnostics: [{ severity: 'error', messageId: 'file-not-found', file: path, line: 0, col: 0, message }],
    };
  }
  return parseAccounts(path, text);
}

export function parseAccounts(file: string, text: string): AccountsFile {
  const parsed = parseFile(file, text);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { accounts: [], diagnostics };
  const problem = (
    path: Path,
    message: string,
    at: 'key' | 'value' | 'mapping' = 'value',
    severity: 'error' | 'warning' = 'error',
    messageId = 'invalid-accounts',
  ) => diagnostics.push({ severity, messageId, file, ...positionOf(parsed, path, at), message, path });

  const top = parsed.data;
  if (!isRecord(top)) {
    problem([], 'expected a mapping with "accounts:" (c7n-org\'s accounts.yml)');
    return { accounts: [], diagnostics };
  }
  for (const k of Object.keys(top)) {
    if ((TOP_KEYS as readonly string[]).includes(k)) continue;
    const s = didYouMean(k, TOP_KEYS);
    problem([k], `unknown key "${k}" at the top of the file${s ? `; did you mean "${s}"?` : ''}`, 'key');
  }
  for (const k of ['projects', 'subscriptions', 'tenancies'] as const)
    if (top[k] !== undefined)
      problem([k], `"${k}" (a ${CLOUD[k]} list) is not supported yet: c7n-ts runs AWS accounts only`, 'key');
  const orgVars = varsAt(top.vars, ['vars'], problem);
  if (top.accounts === undefined) {
    if (!diagnostics.some((d) => d.severity === 'error')) problem([], 'no "accounts:" list', 'mapping');
    return { accounts: [], diagnostics };
  }
  if (!Array.isArray(top.accounts)) {
    problem(['accounts'], '"accounts" must be a list of accounts');
    return { accounts: [], diagnostics };
  }
  const accounts: OrgAccount[] = [];
  const names = new Map<string, number>();
  top.accounts.forEach((raw, i) => {
    const account = readAccount(raw, ['accounts', i], problem, orgVars);
    if (!account) return;
    const earlier = names.get(account.name);
    if (earlier !== undefined)
      problem(
        ['accounts', i, 'name'],
        `account name "${account.name}" is already used by account ${earlier + 1}; the output is written per name`,
      );
    names.set(account.name, i);
    accounts.push(account);
  });
  return { accounts, diagnostics };
}

const CLOUD = { projects: 'GCP', subscriptions: 'Azure', tenancies: 'OCI' } as const;

type Problem = (
  path: Path,
  message: string,
  at?: 'key' | 'value' | 'mapping',
  severity?: 'error' | 'warning',
  messageId?: string,
) => void;

function readAccount(
  raw: unknown,
  at: Path,
  problem: Problem,
  orgVars: Record<string, string>,
): OrgAccount | undefined {
  if (!isRecord(raw)) {
    problem(at, 'an account must be a mapping (account_id, name, role, regions...)');
    return undefined;
  }
  let ok = true;
  const fail: Problem = (...args) => {
    ok = false;
    problem(...args);
  };
  for (const k of Object.keys(raw)) {
    if ((ACCOUNT_KEYS as readonly string[]).includes(k)) continue;
    const s = didYouMean(k, ACCOUNT_KEYS) ?? (k === 'region' ? 'regions' : undefined);
    if (s) fail([...at, k], `unknown account key "${k}"; did you mean "${s}"?`, 'key');
    else
      problem(
        [...at, k],
        `account key "${k}" is not one c7n-org reads; ignored`,
        'key',
        'warning',
        'unknown-account-key',
      );
  }
  const str = (k: string, min = 0): string | undefined => {
    const v = raw[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length < min) {
      fail([...at, k], `"${k}" must be a string${min ? ` of at least ${min} characters` : ''}`);
      return undefined;
    }
    return v;
  };
  const list = (k: string): string[] => {
    const v = raw[k];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      fail([...at, k], `"${k}" must be a list of strings`);
      return [];
    }
    return v as string[];
  };
  const rawId = raw.account_id;
  // PyYAML reads an unquoted 12-digit id as a number; c7n-org's schema then refuses it.
  let accountId: string | undefined;
  if (rawId === undefined) fail(at, 'account is missing "account_id" (12 digits, quoted)', 'mapping');
  else if (typeof rawId !== 'string')
    fail([...at, 'account_id'], `"account_id" must be a quoted string of 12 digits, not ${typeof rawId}`);
  else if (!/^[0-9]{12}$/.test(rawId))
    fail([...at, 'account_id'], `"account_id" "${rawId}" is not 12 digits`);
  else accountId = rawId;
  for (const k of ['display_name', 'email', 'org_id']) str(k);
  const name = str('name');
  const externalId = str('external_id');
  const profile = str('profile', 3);
  let roles: string[] = [];
  const role = raw.role;
  if (typeof role === 'string') {
    if (role.length < 3) fail([...at, 'role'], '"role" must be a role ARN or name of at least 3 characters');
    // As c7n-org: a name alone is the role of that name in the account itself.
    else roles = [role.startsWith('arn') || !accountId ? role : `arn:aws:iam::${accountId}:role/${role}`];
  } else if (Array.isArray(role) && role.every((r) => typeof r === 'string')) roles = role as string[];
  else if (role !== undefined)
    fail([...at, 'role'], '"role" must be a role ARN (or a list of them, assumed in turn)');
  if (role === undefined && profile === undefined && rawId !== undefined)
    fail(at, 'account needs "role" (assumed) or "profile" (a shared-config profile)', 'mapping');
  const regions = list('regions');
  const tags = list('tags');
  const vars = { ...orgVars, ...varsAt(raw.vars, [...at, 'vars'], fail) };
  if (!ok || accountId === undefined) return undefined;
  return {
    // c7n-org writes each account's output under its name; an account without one has none.
    name: name ?? accountId,
    accountId,
    roles,
    ...(externalId !== undefined && { externalId }),
    ...(profile !== undefined && role === undefined && { profile }),
    regions,
    tags,
    vars,
  };
}

/** `vars:` as a mapping of names to scalars, kept as the strings interpolation uses. */
function varsAt(raw: unknown, at: Path, problem: Problem): Record<string, string> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problem(at, '"vars" must be a mapping of names to values');
    return {};
  }
  // A data object: a var named like a built-in (`constructor`, `__proto__`) is a var like any other.
  const out = dataObject() as Record<string, string>;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else problem([...at, k], `var "${k}" must be a string, number or boolean (c7n-ts interpolates scalars)`);
  }
  return out;
}

export interface Selection {
  /** `-a`: names or ids (comma lists expanded, as c7n-org does). */
  accounts: string[];
  notAccounts: string[];
  /** `--tags`: an account must carry every one. */
  tags: string[];
}

/** c7n-org's `comma_expand`: `-a a,b -a c` is a, b, c, each once. */
export function commaExpand(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(',').map((s) => s.trim())).filter(Boolean))];
}

/**
 * The accounts to run, as c7n-org's `filter_accounts` picks them. A `-a` or `--not-accounts`
 * value that names no account at all is returned in `unknown` (a typo would otherwise run
 * nothing, or everything).
 */
export function selectAccounts(
  all: readonly OrgAccount[],
  sel: Selection,
): { accounts: OrgAccount[]; unknown: { flag: string; value: string; hint?: string }[] } {
  const wanted = commaExpand(sel.accounts);
  const unwanted = commaExpand(sel.notAccounts);
  const tags = commaExpand(sel.tags);
  const known = new Set(all.flatMap((a) => [a.name, a.accountId]));
  const unknown = [
    ...wanted.map((value) => ({ flag: '-a', value })),
    ...unwanted.map((value) => ({ flag: '--not-accounts', value })),
  ]
    .filter((u) => !known.has(u.value))
    .map((u) => ({
      ...u,
      hint: didYouMean(
        u.value,
        all.map((a) => a.name),
      ),
    }));
  const accounts = all.filter(
    (a) =>
      !(unwanted.includes(a.name) || unwanted.includes(a.accountId)) &&
      (wanted.length === 0 || wanted.includes(a.name) || wanted.includes(a.accountId)) &&
      tags.every((t) => a.tags.includes(t)),
  );
  return { accounts, unknown };
}

/** c7n-org's regions when neither `-r` nor the account names any. */
export const DEFAULT_REGIONS = ['us-east-1', 'us-west-2'] as const;

/** `-r` wins over the account's `regions`; `all` is expanded later, in the account. */
export function regionsOf(account: OrgAccount, flagRegions: readonly string[]): string[] {
  const r = flagRegions.length ? flagRegions : account.regions;
  return r.length ? commaExpand(r) : [...DEFAULT_REGIONS];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
