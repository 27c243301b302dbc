/**
 * c7n-org's accounts.yml as `org report` reads it: the same schema c7n-org checks (an account
 * needs a 12-digit `account_id` and a `role` or `profile`), the same selection (-a by name or
 * id, --tags all required, values split on commas) and the same regions (-r, else the account's
 * `regions`, else us-east-1 and us-west-2). Problems are located `file:line:col`.
 */
import { readFile } from 'node:fs/promises';
import { type Path, parseFile, positionOf } from '@c7n-ts/core';
import { EXIT_INVALID, Exit } from '../exit.js';

export interface OrgAccount {
  name: string;
  account_id: string;
  regions: string[];
  tags: string[];
}

// c7n-org's resolve_regions when neither -r nor the account names any.
export const DEFAULT_REGIONS = ['us-east-1', 'us-west-2'];

const ACCOUNT_ID = /^[0-9]{12}$/;
const OTHER_CLOUDS = ['subscriptions', 'projects', 'tenancies'];

function invalid(message: string): never {
  process.stderr.write(`${message}\n`);
  throw new Exit(EXIT_INVALID);
}

/** Reads and checks the whole file; any problem is invalid input (exit 2), located. */
export async function readAccountsFile(file: string): Promise<OrgAccount[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    invalid(`-c ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`}`);
  }
  const parsed = parseFile(file, text);
  const syntax = parsed.diagnostics.find((d) => d.severity === 'error');
  if (syntax) invalid(`${file}:${syntax.line}:${syntax.col}  ${syntax.message}`);
  const at = (path: Path, message: string, where: 'key' | 'value' | 'mapping' = 'value'): never => {
    const { line, col } = positionOf(parsed, path, where);
    return invalid(`${file}:${line}:${col}  ${message}`);
  };
  const data = parsed.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return at([], 'expected a mapping with an `accounts` list (c7n-org accounts.yml)');
  const other = OTHER_CLOUDS.find((k) => k in data);
  if (!('accounts' in data))
    return at(
      other ? [other] : [],
      other
        ? `${other}: not supported yet; c7n-ts org reads AWS accounts (an \`accounts\` list) only`
        : 'no `accounts` list (c7n-org accounts.yml)',
      other ? 'key' : 'mapping',
    );
  const list = data.accounts;
  if (!Array.isArray(list)) return at(['accounts'], '`accounts` must be a list of accounts');
  const names = new Map<string, number>();
  return list.map((a, i) => readAccount(a, i, names, at));
}

function readAccount(
  a: unknown,
  i: number,
  names: Map<string, number>,
  at: (path: Path, message: string, where?: 'key' | 'value' | 'mapping') => never,
): OrgAccount {
  const p = ['accounts', i];
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return at(p, 'an account must be a mapping');
  const acct = a as Record<string, unknown>;
  const id = acct.account_id;
  if (id === undefined) at(p, 'account: `account_id` is required', 'mapping');
  if (typeof id !== 'string' || !ACCOUNT_ID.test(id))
    at(
      [...p, 'account_id'],
      typeof id === 'number'
        ? 'account_id must be a string of 12 digits; quote it (YAML reads it as a number)'
        : 'account_id must be a string of 12 digits',
    );
  if (acct.role === undefined && acct.profile === undefined)
    at(p, `account ${id}: a \`role\` or a \`profile\` is required`, 'mapping');
  // c7n-org needs a name: it names the account's output directory.
  const name = acct.name;
  if (typeof name !== 'string' || name === '' || name.includes('/') || name === '.' || name === '..')
    at(
      name === undefined ? p : [...p, 'name'],
      `account ${id}: \`name\` must be a non-empty string without "/" (it names the output directory)`,
      name === undefined ? 'mapping' : 'value',
    );
  const first = names.get(name);
  if (first !== undefined)
    at([...p, 'name'], `account name "${name}" is also account ${first + 1}'s; names must be unique`);
  names.set(name, i);
  const strings = (key: string): string[] => {
    const v = acct[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      at([...p, key], `account ${name}: \`${key}\` must be a list of strings`);
    return v as string[];
  };
  return { name, account_id: id as string, regions: strings('regions'), tags: strings('tags') };
}

/** c7n-org's comma_expand: `-a a,b -a c` is a, b, c; blanks dropped, duplicates once. */
export function commaExpand(values: readonly string[] | undefined): string[] {
  const out = (values ?? []).flatMap((v) => v.split(',').map((s) => s.trim())).filter(Boolean);
  return [...new Set(out)];
}

/** -a (names or ids) and --tags (each `key:value` must be among the account's tags). */
export function selectAccounts(
  accounts: readonly OrgAccount[],
  names: readonly string[],
  tags: readonly string[],
): OrgAccount[] {
  return accounts.filter(
    (a) =>
      (names.length === 0 || names.includes(a.name) || names.includes(a.account_id)) &&
      tags.every((t) => a.tags.includes(t)),
  );
}
