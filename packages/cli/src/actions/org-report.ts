/**
 * What `c7n-ts org report` does; its options and help are declared in commands/org-report.ts.
 * `report` over `org run`'s OUT/<account>/<region>/<policy>/: the same columns, files and failure
 * reading (actions/report.ts), with policy, account, account_id and region first. OUT is a local
 * directory or the s3://bucket/prefix of `org run --fanout`; only the reads differ
 * (org/output-reader.ts). One resources.json is held at a time: csv and json rows are written as
 * they are read, and a table reads every file twice (widths, then rows) instead of keeping the
 * organisation's resources.
 */
import { formatDiagnostic, type LoadedPolicy, type Resource } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { commaExpand, readAccountsFile, selectAccounts } from '../org/accounts.js';
import { type OutputReader, outputReaderOrExit, type S3ReadFlags } from '../org/output-reader.js';
import { type Read, readRows, readUnit, type Unit, unitsOf } from '../org/report-units.js';
import { type Column, cell, columnsFor, csvLine, parseFields, rowOf, tableLine } from './report.js';

interface Flags extends S3ReadFlags {
  config: string;
  outputDir: string;
  accounts: string[];
  notAccounts: string[];
  tags: string[];
  region: string[];
  policy: string[];
  format: 'table' | 'grid' | 'csv' | 'json';
  field: string[];
  defaultFields: boolean;
}

/** The columns before each resource's own; a resource column of the same name is the same value. */
const ORG_COLUMNS = ['policy', 'account', 'account_id', 'region'] as const;

interface Section {
  policy: LoadedPolicy;
  columns: Column[];
}

export default async function orgReport(files: string[], flags: Flags) {
  const extra = parseFields(flags.field);
  const taken = extra.find((c) => (ORG_COLUMNS as readonly string[]).includes(c.header));
  if (taken) invalid(`--field ${taken.header}: the org report has its own ${taken.header} column`);
  const { policies } = await loadOrExit(files, {});
  const reader = await outputReaderOrExit(flags.outputDir, flags);
  try {
    await reportFrom(reader, files, flags, extra, policies);
  } catch (err) {
    if (err instanceof Exit) throw err;
    // An S3 listing refused halfway (a local folder that cannot be read is one without output).
    process.stderr.write(`c7n-ts: org report: ${(err as Error).message}\n`);
    throw new Exit(EXIT_FAILURE);
  } finally {
    await reader.close();
  }
}

async function reportFrom(
  reader: OutputReader,
  files: string[],
  flags: Flags,
  extra: Column[],
  policies: LoadedPolicy[],
): Promise<never> {
  const file = await readAccountsFile(flags.config);
  for (const d of file.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (file.diagnostics.some((d) => d.severity === 'error')) throw new Exit(EXIT_INVALID);
  const { accounts: selected, unknown } = selectAccounts(file.accounts, {
    accounts: flags.accounts,
    notAccounts: flags.notAccounts,
    tags: flags.tags,
  });
  for (const u of unknown)
    invalid(
      `${u.flag} ${u.value}: no account of that name or id in ${flags.config}${u.hint ? `; did you mean "${u.hint}"?` : ''}`,
    );
  if (selected.length === 0) invalid(`no account in ${flags.config} is selected by -a/--not-accounts/--tags`);
  const wanted = commaExpand(flags.policy);
  for (const n of wanted)
    if (!policies.some((p) => p.name === n))
      invalid(`-p ${n}: no policy of that name in ${files.join(', ')}`);
  const registry = getRegistry();
  const sections: Section[] = policies
    .filter((p) => wanted.length === 0 || wanted.includes(p.name))
    .map((p) => ({
      policy: p,
      columns: columnsFor(registry, p.resourceType, flags.defaultFields, extra).filter(
        (c) => !(ORG_COLUMNS as readonly string[]).includes(c.header),
      ),
    }));
  await reader.check();
  const units = await unitsOf(selected, flags.region, reader);
  const out = new Output();
  const tally = { units: 0, missing: 0, failed: 0, malformed: 0 };
  const warn = (line: string) => process.stderr.write(line);
  const note = (s: Section, u: Unit, r: Read) => {
    tally.units++;
    if (r.status === 'ok') return;
    tally[r.status]++;
    const where = `${u.account.name}/${u.region ?? '*'}`;
    if (r.status === 'failed') warn(`policy ${s.policy.name} in ${where} FAILED: ${r.failure?.[0]}\n`);
  };
  if (flags.format === 'csv' || flags.format === 'json') {
    const headers = [
      ...new Set([...ORG_COLUMNS, ...sections.flatMap((s) => s.columns.map((c) => c.header))]),
    ];
    let first = true;
    await out.write(flags.format === 'csv' ? `${csvLine(headers)}\n` : '[');
    for (const s of sections)
      for (const u of units) {
        const r = await readUnit(reader, u, s.policy.name, warn);
        note(s, u, r);
        if (!('resources' in r)) continue;
        for (const res of r.resources) {
          const row = { ...orgCells(s, u), ...rowOf(res, s.columns) };
          if (flags.format === 'csv') await out.write(`${csvLine(headers.map((h) => cell(row[h])))}\n`);
          else {
            // The same text as JSON.stringify(rows, null, 2), one row at a time.
            const text = JSON.stringify(row, null, 2).replace(/\n/g, '\n  ');
            await out.write(`${first ? '\n' : ',\n'}  ${text}`);
            first = false;
          }
        }
      }
    if (flags.format === 'json') await out.write(first ? ']\n' : '\n]\n');
  } else {
    for (const [i, s] of sections.entries()) {
      if (i > 0) await out.write('\n');
      await table(reader, s, units, out, (u, r) => note(s, u, r), warn);
    }
  }
  await out.flush();
  const bad = tally.missing + tally.failed + tally.malformed;
  if (bad)
    warn(
      `${bad} of ${tally.units} policy runs (account × region × policy): ${[
        tally.failed && `${tally.failed} failed`,
        tally.missing && `${tally.missing} without output`,
        tally.malformed && `${tally.malformed} malformed`,
      ]
        .filter(Boolean)
        .join(', ')}\n`,
    );
  // As `report`: a file that is not what `run` writes is bad input (2); output missing or failed is 1.
  throw new Exit(tally.malformed ? EXIT_INVALID : tally.missing || tally.failed ? EXIT_FAILURE : EXIT_OK);
}

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

const orgCells = (s: Section, u: Unit): Record<string, unknown> => ({
  policy: s.policy.name,
  account: u.account.name,
  account_id: u.account.accountId,
  region: u.region ?? null,
});

/**
 * One policy's table across the units: a first pass for the column widths, counts and the
 * units without output or failed (listed under the heading), a second for the rows.
 */
async function table(
  reader: OutputReader,
  s: Section,
  units: readonly Unit[],
  out: Output,
  note: (u: Unit, r: Read) => void,
  warn: (line: string) => void,
): Promise<void> {
  const headers = [...ORG_COLUMNS.slice(1), ...s.columns.map((c) => c.header)];
  const widths = headers.map((h) => h.length);
  const cellsOf = (u: Unit, res: Resource) => {
    const row = { ...orgCells(s, u), ...rowOf(res, s.columns) };
    return headers.map((h) => cell(row[h]));
  };
  const problems: string[] = [];
  let count = 0;
  let failed = 0;
  let noOutput = 0;
  // The units with rows, read again for them: one resources.json held at a time.
  const withRows: Unit[] = [];
  for (const u of units) {
    const r = await readUnit(reader, u, s.policy.name, warn);
    note(u, r);
    const where = `${u.account.name}/${u.region ?? '*'}`;
    if (!('resources' in r)) {
      noOutput++;
      problems.push(`  ${where}: ${r.problem}`);
      continue;
    }
    if (r.failure) {
      failed++;
      problems.push(`  ${where} FAILED: ${r.failure[0]}`, ...r.failure.slice(1).map((l) => `    ${l}`));
    }
    count += r.resources.length;
    if (r.resources.length) withRows.push(u);
    for (const res of r.resources)
      for (const [i, c] of cellsOf(u, res).entries()) widths[i] = Math.max(widths[i]!, c.length);
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const heading = [
    `policy ${s.policy.name} (${s.policy.resourceType}): ${plural(count, 'resource')} in ${plural(units.length, 'account-region')}`,
    failed && `${failed} FAILED`,
    noOutput && `${noOutput} without output`,
  ]
    .filter(Boolean)
    .join(', ');
  await out.write(
    `${[
      heading,
      ...problems,
      tableLine(headers, widths),
      tableLine(
        widths.map((w) => '-'.repeat(w)),
        widths,
      ),
    ].join('\n')}\n`,
  );
  for (const u of withRows)
    for (const res of await readRows(reader, u, s.policy.name))
      await out.write(`${tableLine(cellsOf(u, res), widths)}\n`);
}

/** Stdout in chunks of about 64 KB, waiting for the pipe to drain instead of filling memory. */
class Output {
  private buffer = '';

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 65536) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
  }
}
