/**
 * What `org report` reads for each account×region and policy, from a local OUT or S3 alike
 * (output-reader.ts): the units c7n-org's report walks, each one's org-error.json, and one
 * policy's metadata.json and resources.json as `report` reads them.
 */
import { parseJsonData, type Resource } from '@c7n-ts/core';
import { failureOf, parseResources } from '../actions/report.js';
import { type OrgAccount, regionsOf } from './accounts.js';
import { ERROR_FILE } from './cell.js';
import type { OutputReader } from './output-reader.js';

/** One account in one region: where `org run` wrote its policies' output. */
export interface Unit {
  account: OrgAccount;
  /** Undefined when `-r all` found no region directory under OUT/<account>. */
  region?: string;
  /** `<account>/<region>` (or `<account>`), relative to OUT. */
  dir: string;
  /** Why `org run` could not run here (its org-error.json), when it could not. */
  error?: string;
}

/** What one unit's output of one policy held. */
export type Read =
  | { status: 'ok' | 'failed'; resources: Resource[]; failure?: string[] }
  | { status: 'missing' | 'malformed'; problem: string };

/**
 * Accounts × regions, as c7n-org's report walks them (and `org run`): -r for every account, else
 * each account's `regions`, else us-east-1 and us-west-2. `all` (which `org run` resolves by
 * asking EC2 in the account) is every region directory the run wrote under OUT/<account>.
 */
export async function unitsOf(
  accounts: readonly OrgAccount[],
  flagRegions: string[],
  reader: OutputReader,
): Promise<Unit[]> {
  const units: Unit[] = [];
  for (const account of accounts) {
    const base = account.name;
    const wanted = regionsOf(account, flagRegions);
    const list = wanted.includes('all') ? await reader.folders(base) : wanted;
    if (list.length === 0) units.push({ account, dir: base, error: await readError(reader, base) });
    for (const region of list) {
      const dir = `${base}/${region}`;
      units.push({ account, region, dir, error: await readError(reader, dir) });
    }
  }
  return units;
}

/** DIR/org-error.json as one line (`stage code: message`), or undefined when there is none. */
async function readError(reader: OutputReader, dir: string): Promise<string | undefined> {
  const text = await reader.read(`${dir}/${ERROR_FILE}`).catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const e = parseJsonData(text) as { stage?: unknown; code?: unknown; message?: unknown };
    return `${e.stage ?? 'run'}: ${e.code ?? 'Error'}: ${e.message ?? ''}`;
  } catch {
    return `${reader.where(`${dir}/${ERROR_FILE}`)} is not JSON`;
  }
}

/** As `report` reads one policy's output: metadata.json's failure, then resources.json. */
export async function readUnit(
  reader: OutputReader,
  u: Unit,
  policy: string,
  warn: (line: string) => void,
): Promise<Read> {
  if (u.region === undefined) {
    // `-r all` found no region: the run could not list them (org-error.json says why) or never came.
    if (u.error) return { status: 'failed', resources: [], failure: [u.error] };
    const where = reader.where(u.dir);
    warn(`no output for policy ${policy} in account ${u.account.name}: no region directory under ${where}\n`);
    return { status: 'missing', problem: `no output: no region directory under ${where}` };
  }
  // The account×region could not run (its role refused, its region disabled...): that is the
  // failure, and what an earlier run left in the policy's folder is not shown as this run's.
  if (u.error) return { status: 'failed', resources: [], failure: [u.error] };
  const meta = await reader.read(`${u.dir}/${policy}/metadata.json`).catch(() => undefined);
  const failure = meta === undefined ? undefined : failureOf(meta);
  const rel = `${u.dir}/${policy}/resources.json`;
  const path = reader.where(rel);
  let text: string | undefined;
  try {
    text = await reader.read(rel);
  } catch (err) {
    warn(`cannot read ${path} (policy ${policy}): ${(err as Error).message}\n`);
    return { status: 'missing', problem: `no output at ${path}` };
  }
  if (text === undefined) {
    // A run that failed before it matched anything has no resources.json: its reason says why.
    if (failure) return { status: 'failed', resources: [], failure };
    warn(`no output for policy ${policy} at ${path}\n`);
    return { status: 'missing', problem: `no output at ${path}` };
  }
  const read = parseResources(text, path, policy, warn);
  if (read === 'malformed') return { status: 'malformed', problem: `${path} is malformed` };
  return failure ? { status: 'failed', resources: read, failure } : { status: 'ok', resources: read };
}

/** The resources again, for a table's second pass (its first one said what was wrong): quiet. */
export async function readRows(reader: OutputReader, u: Unit, policy: string): Promise<Resource[]> {
  const rel = `${u.dir}/${policy}/resources.json`;
  const text = await reader.read(rel).catch(() => undefined);
  const read = text === undefined ? [] : parseResources(text, reader.where(rel), policy, () => {});
  return read === 'malformed' ? [] : read;
}
