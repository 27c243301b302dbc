/**
 * Finding policy tests (`<file>.tests/<name>/test.yml`, docs/policy-tests.md) and reading
 * their test.yml. A broken test folder is reported as diagnostics (file:line:col for test.yml
 * content), never thrown.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { type Diagnostic, fixedClock, parseFile, parseJsonData, positionOf, suggestion } from '@c7n-ts/core';
import type { ExpectedCall, ExpectedNotification } from './compare.js';

export interface PolicyTest {
  /** `<policy file stem>/<test folder>`, as reports name it. */
  name: string;
  dir: string;
  policyFile: string;
  description?: string;
  policy?: string;
  region: string;
  accountId?: string;
  now?: string;
  /** The event file, resolved against the test folder. */
  event?: string;
  /** Run as `--dryrun`: the actions plan their calls instead of making them (a recorded test without --act). */
  dryrun?: boolean;
  expect: {
    resources: string[];
    calls?: ExpectedCall[];
    notifications?: ExpectedNotification[];
  };
}

const POLICY_EXTENSIONS = ['.yml', '.yaml', '.json'];
const TESTS_SUFFIX = '.tests';

const isDir = async (p: string) => (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
const isFile = async (p: string) => (await stat(p).catch(() => undefined))?.isFile() ?? false;

function problem(
  file: string,
  message: string,
  messageId = 'broken-test',
  at?: { line: number; col: number },
) {
  return {
    severity: 'error',
    messageId,
    file,
    line: at?.line ?? 0,
    col: at?.col ?? 0,
    message,
  } as Diagnostic;
}

/** The policy file a `X.tests` folder belongs to: X.yml, X.yaml or X.json beside it. */
async function policyFileOf(testsDir: string): Promise<string | undefined> {
  const stem = testsDir.slice(0, -TESTS_SUFFIX.length);
  for (const ext of POLICY_EXTENSIONS) if (await isFile(stem + ext)) return stem + ext;
  return undefined;
}

/** The test folders of one `X.tests` folder, sorted; a folder without its policy file is broken. */
async function testsIn(testsDir: string, found: Found): Promise<void> {
  const policyFile = await policyFileOf(testsDir);
  if (!policyFile) {
    found.problems.push(
      problem(
        testsDir,
        `no policy file beside it (${POLICY_EXTENSIONS.map((e) => basename(testsDir, TESTS_SUFFIX) + e).join(', ')})`,
      ),
    );
    return;
  }
  const entries = await readdir(testsDir, { withFileTypes: true });
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name)))
    found.tests.push({ dir: join(testsDir, e.name), policyFile });
}

interface Found {
  tests: { dir: string; policyFile: string }[];
  problems: Diagnostic[];
}

/**
 * The test folders below each path: a folder (searched recursively, skipping node_modules and
 * dot folders), a policy file (its `.tests` folder), a `.tests` folder, or one test folder.
 */
export async function discover(paths: readonly string[]): Promise<Found> {
  const found: Found = { tests: [], problems: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) found.problems.push(problem(path, 'no such file or directory', 'file-not-found'));
    else if (info.isFile()) {
      const ext = extname(path);
      const testsDir = path.slice(0, path.length - ext.length) + TESTS_SUFFIX;
      if (!POLICY_EXTENSIONS.includes(ext.toLowerCase()))
        found.problems.push(problem(path, 'not a policy file (.yml, .yaml or .json) nor a folder'));
      else if (await isDir(testsDir)) await testsIn(testsDir, found);
      else found.problems.push(problem(path, `has no tests: no folder ${testsDir}`, 'no-tests'));
    } else {
      const dir = path.replace(/\/+$/, '') || path;
      if (dir.endsWith(TESTS_SUFFIX)) await testsIn(dir, found);
      else if (dirname(dir).endsWith(TESTS_SUFFIX)) {
        // One test folder.
        const policyFile = await policyFileOf(dirname(dir));
        if (policyFile) found.tests.push({ dir, policyFile });
        else await testsIn(dirname(dir), found); // says the policy file is missing
      } else await walk(dir, found);
    }
  }
  // One test given twice (a folder and a file in it) runs once.
  const seen = new Set<string>();
  found.tests = found.tests.filter((t) => !seen.has(t.dir) && Boolean(seen.add(t.dir)));
  return found;
}

async function walk(dir: string, found: Found): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
    const sub = join(dir, e.name);
    if (e.name.endsWith(TESTS_SUFFIX)) await testsIn(sub, found);
    else await walk(sub, found);
  }
}

const KEYS = ['description', 'policy', 'region', 'account_id', 'now', 'event', 'dryrun', 'expect'];
const EXPECT_KEYS = ['resources', 'calls', 'notifications'];
const NOTIFICATION_KEYS = ['to', 'subject', 'contains'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const CALL = /^[a-z0-9-]+\.[A-Z][A-Za-z0-9]+$/;

type Read = { test: PolicyTest; problems: [] } | { test?: undefined; problems: Diagnostic[] };

/** Reads and checks `<dir>/test.yml`, its `flight/` and its event; `policies` are the file's names. */
export async function readTest(dir: string, policyFile: string, policies: readonly string[]): Promise<Read> {
  const file = join(dir, 'test.yml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { problems: [problem(dir, 'a test folder without test.yml', 'no-test-yml')] };
  }
  const parsed = parseFile(file, text);
  const problems: Diagnostic[] = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (problems.length) return { problems };
  const at = (path: (string | number)[], message: string, where: 'key' | 'value' = 'value') =>
    problems.push(problem(file, message, 'invalid-test', positionOf(parsed, path, where)));
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    at([], 'test.yml is a mapping (description, policy, expect, ...)');
    return { problems };
  }
  const d = data as Record<string, unknown>;
  unknownKeys(d, KEYS, [], at);
  const str = (key: string) => {
    const v = d[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    at([key], `${key} is a string, not ${kind(v)}`);
    return undefined;
  };
  const description = str('description');
  let policy = str('policy');
  if (policy !== undefined && !policies.includes(policy))
    at(['policy'], `policy "${policy}" is not in ${policyFile}${suggestion(policy, policies)}`);
  if (policy === undefined && d.policy === undefined) {
    if (policies.length === 1) policy = policies[0];
    else at([], `${policyFile} holds ${policies.length} policies: name one with policy:`, 'key');
  }
  const region = str('region') ?? 'us-east-1';
  if (!REGION.test(region)) at(['region'], `"${region}" is not an AWS region name (e.g. us-east-1)`);
  // An unquoted account id is a YAML number; one with a leading zero would have lost it.
  const rawAccount = d.account_id;
  const accountId = typeof rawAccount === 'number' ? String(rawAccount) : (rawAccount as string | undefined);
  if (accountId !== undefined && !/^\d{12}$/.test(String(accountId)))
    at(
      ['account_id'],
      `account_id is 12 digits in quotes ("123456789012"), not ${JSON.stringify(rawAccount)}`,
    );
  const rawNow = d.now instanceof Date ? d.now.toISOString() : d.now;
  if (rawNow !== undefined) {
    try {
      if (typeof rawNow !== 'string' || fixedClock({ C7N_TS_NOW: rawNow }) === undefined) throw new Error();
    } catch {
      at(['now'], 'now is an ISO 8601 time with a zone, such as "2026-12-01T00:00:00Z"');
    }
  }
  if (d.dryrun !== undefined && typeof d.dryrun !== 'boolean')
    at(['dryrun'], `dryrun is true or false, not ${kind(d.dryrun)}`);
  const eventName = str('event');
  const event = eventName === undefined ? undefined : join(dir, eventName);
  if (event) await checkEvent(event, (m) => at(['event'], m));
  if (!(await isDir(join(dir, 'flight'))))
    problems.push(
      problem(dir, 'no flight/ folder: the recorded API answers the policy runs against', 'no-flight'),
    );
  const expect = readExpect(d.expect, at);
  if (problems.length || !expect) return { problems };
  return {
    test: {
      name: `${basename(dirname(dir), TESTS_SUFFIX)}/${basename(dir)}`,
      dir,
      policyFile,
      ...(description !== undefined && { description }),
      ...(policy !== undefined && { policy }),
      region,
      ...(accountId !== undefined && { accountId }),
      ...(typeof rawNow === 'string' && { now: rawNow }),
      ...(event && { event }),
      ...(d.dryrun === true && { dryrun: true }),
      expect,
    },
    problems: [],
  };
}

type At = (path: (string | number)[], message: string, where?: 'key' | 'value') => void;

function unknownKeys(d: Record<string, unknown>, known: string[], path: (string | number)[], at: At) {
  for (const k of Object.keys(d))
    if (!known.includes(k))
      at([...path, k], `unknown key "${k}"${suggestion(k, known)} (known: ${known.join(', ')})`, 'key');
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

function strings(v: unknown, path: (string | number)[], at: At, what: string): string[] | undefined {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
    at(path, `${what} is a list of strings, not ${kind(v)}`);
    return undefined;
  }
  return v.map(String);
}

function readExpect(v: unknown, at: At): PolicyTest['expect'] | undefined {
  if (v === undefined) {
    at([], 'no expect: (expect.resources at least: the ids that must match)', 'key');
    return undefined;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    at(['expect'], `expect is a mapping (resources, calls, notifications), not ${kind(v)}`);
    return undefined;
  }
  const e = v as Record<string, unknown>;
  unknownKeys(e, EXPECT_KEYS, ['expect'], at);
  if (e.resources === undefined)
    at(['expect'], 'expect.resources is missing: the ids that must match ([] for none)', 'key');
  const resources =
    e.resources === undefined ? [] : strings(e.resources, ['expect', 'resources'], at, 'expect.resources');
  let calls: ExpectedCall[] | undefined;
  if (e.calls !== undefined) {
    if (!Array.isArray(e.calls)) at(['expect', 'calls'], `expect.calls is a list, not ${kind(e.calls)}`);
    else
      calls = e.calls.flatMap((c, i): ExpectedCall[] => {
        const path = ['expect', 'calls', i];
        const entries = c !== null && typeof c === 'object' && !Array.isArray(c) ? Object.entries(c) : [];
        const [entry] = entries;
        if (entries.length !== 1 || !entry) {
          at(
            path,
            'a call is one <service>.<Operation>: {parameters} entry, e.g. "- rds.DeleteDBInstance: {}"',
          );
          return [];
        }
        const [call, params] = entry;
        if (!CALL.test(call))
          at([...path, call], `"${call}" is not <service>.<Operation> (e.g. rds.DeleteDBInstance)`, 'key');
        if (params !== null && (typeof params !== 'object' || Array.isArray(params))) {
          at([...path, call], `the parameters of ${call} are a mapping ({} for none), not ${kind(params)}`);
          return [];
        }
        return [{ call, params: (params ?? {}) as Record<string, unknown> }];
      });
  }
  let notifications: ExpectedNotification[] | undefined;
  if (e.notifications !== undefined) {
    if (!Array.isArray(e.notifications))
      at(['expect', 'notifications'], `expect.notifications is a list, not ${kind(e.notifications)}`);
    else
      notifications = e.notifications.flatMap((n, i): ExpectedNotification[] => {
        const path = ['expect', 'notifications', i];
        if (n === null || typeof n !== 'object' || Array.isArray(n)) {
          at(path, `a notification is a mapping (to, subject, contains), not ${kind(n)}`);
          return [];
        }
        const m = n as Record<string, unknown>;
        unknownKeys(m, NOTIFICATION_KEYS, path, at);
        const to = m.to === undefined ? undefined : strings(m.to, [...path, 'to'], at, 'to');
        if (m.to === undefined) at(path, 'a notification names its recipients: to: [...]', 'key');
        if (m.subject !== undefined && typeof m.subject !== 'string')
          at([...path, 'subject'], `subject is a string, not ${kind(m.subject)}`);
        const contains =
          m.contains === undefined ? undefined : strings(m.contains, [...path, 'contains'], at, 'contains');
        return [
          {
            to: to ?? [],
            ...(typeof m.subject === 'string' && { subject: m.subject }),
            ...(contains && { contains }),
          },
        ];
      });
  }
  if (!resources) return undefined;
  return { resources, ...(calls && { calls }), ...(notifications && { notifications }) };
}

async function checkEvent(file: string, report: (m: string) => void): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    report(`event ${file}: no such file`);
    return;
  }
  try {
    const event = parseJsonData(text);
    if (event === null || typeof event !== 'object' || Array.isArray(event))
      report(`event ${file}: an event is a JSON object`);
  } catch (err) {
    report(`event ${file}: not valid JSON (${(err as Error).message})`);
  }
}
