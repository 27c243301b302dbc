/** What `c7n-ts report` does (its pieces also serve `org report`); its options and help are declared in commands/report.ts. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileKey, parseJsonData, type Registry, type Resource } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { inputDirOrExit } from '../paths.js';

interface Flags {
  outputDir: string;
  format: 'table' | 'grid' | 'csv' | 'json';
  field: string[];
  defaultFields: boolean;
  region?: string;
  policyFilter?: string;
}

export interface Column {
  header: string;
  key: ReturnType<typeof compileKey>;
}

/** One policy's rows, with its own columns (resource types differ in their default fields). */
interface Section {
  policy: string;
  resourceType: string;
  headers: string[];
  rows: Record<string, unknown>[];
  /** From metadata.json when the run failed: the reason and what each action failed or skipped. */
  failure?: string[];
}

export default async function report(files: string[], flags: Flags) {
  const extra = parseFields(flags.field);
  const { policies } = await loadOrExit(files, {});
  await inputDirOrExit(flags.outputDir, '-s');
  const registry = getRegistry();
  const sections: Section[] = [];
  let missing = 0;
  let malformed = 0;
  let failed = 0;
  for (const p of policies) {
    if (flags.policyFilter && p.name !== flags.policyFilter) continue;
    const columns = columnsFor(registry, p.resourceType, flags.defaultFields, extra);
    const dir = join(flags.outputDir, flags.region ?? '', p.name);
    const failure = await readFailure(join(dir, 'metadata.json'));
    if (failure) failed++;
    const path = join(dir, 'resources.json');
    // A run that failed before it matched anything has no resources.json: say why instead.
    const resources = failure && !existsSync(path) ? [] : await readResources(path, p.name);
    if (typeof resources === 'string') {
      if (resources === 'missing') missing++;
      else malformed++;
      continue;
    }
    if (failure) process.stderr.write(`policy ${p.name} FAILED: ${failure[0]}\n`);
    sections.push({
      policy: p.name,
      resourceType: p.resourceType,
      ...(failure && { failure }),
      headers: columns.map((c) => c.header),
      // null for a value not there (an absent tag reads as undefined), so JSON keeps the column.
      rows: resources.map((r) => rowOf(r, columns)),
    });
  }
  process.stdout.write(render(sections, flags.format));
  // A file that is not what `run` writes is bad input (2); a policy not run yet, or whose
  // last run failed, is 1.
  throw new Exit(malformed ? EXIT_INVALID : missing || failed ? EXIT_FAILURE : EXIT_OK);
}

/** A resource type's default columns (unless left out), then the extra ones. */
export function columnsFor(
  registry: Registry,
  resourceType: string,
  defaultFields: boolean,
  extra: readonly Column[],
): Column[] {
  const rt = registry.resource(resourceType)!;
  const defaults = defaultFields ? (rt.reportFields ?? [rt.id]) : [];
  // Default fields use value-filter key semantics too: `tag:Name` reads the Tags list.
  return [...defaults.map((f) => ({ header: f, key: compileKey(f) })), ...extra];
}

/** One resource's row: null for a value not there (an absent tag reads as undefined), so JSON keeps the column. */
export function rowOf(resource: Resource, columns: readonly Column[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c.header, c.key.read(resource) ?? null]));
}

const stderr = (line: string) => {
  process.stderr.write(line);
};

/**
 * OUT/POLICY/resources.json as `run` wrote it, or (after one line given to `warn`, stderr by
 * default) `missing` when it is not there or cannot be read, `malformed` when it is not a JSON
 * array of resources.
 */
export async function readResources(
  path: string,
  policy: string,
  warn: (line: string) => void = stderr,
): Promise<Resource[] | 'missing' | 'malformed'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    warn(
      code === 'ENOENT'
        ? `no output for policy ${policy} at ${path}\n`
        : `cannot read ${path} (policy ${policy}): ${(err as Error).message}\n`,
    );
    return 'missing';
  }
  return parseResources(text, path, policy, warn);
}

/** The text of a resources.json read from `path` (a file or an S3 object): as `readResources`. */
export function parseResources(
  text: string,
  path: string,
  policy: string,
  warn: (line: string) => void = stderr,
): Resource[] | 'malformed' {
  let data: unknown;
  try {
    data = parseJsonData(text);
  } catch (err) {
    warn(`${path} is malformed (policy ${policy}): not valid JSON: ${(err as Error).message}\n`);
    return 'malformed';
  }
  if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    warn(`${path} is malformed (policy ${policy}): expected a JSON array of resources\n`);
    return 'malformed';
  }
  return data as Resource[];
}

/**
 * Why the last run failed, from its metadata.json: the reason, then per action the resources it
 * failed on or was not run on. Undefined when it did not fail (or there is no readable metadata).
 */
export async function readFailure(path: string): Promise<string[] | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  return failureOf(text);
}

/** The text of a metadata.json: as `readFailure`. */
export function failureOf(text: string): string[] | undefined {
  let meta: any;
  try {
    meta = parseJsonData(text);
  } catch {
    return undefined;
  }
  if (meta?.execution?.status !== 'failed') return undefined;
  const lines = [String(meta.execution.reason ?? 'failed')];
  for (const a of Array.isArray(meta.actions) ? meta.actions : []) {
    const bad = (Array.isArray(a.results) ? a.results : []).filter((r: any) => r && r.ok === false);
    if (bad.length)
      lines.push(
        `${a.type} failed on ${bad.map((r: any) => `${r.id} (${r.errorCode ?? 'error'})`).join(', ')}`,
      );
    if (a.error) lines.push(`${a.type} failed: ${a.error}`);
    const skipped = a.skipped?.ids;
    if (Array.isArray(skipped) && skipped.length)
      lines.push(`${a.type} not run on ${skipped.join(', ')}: ${a.skipped.reason}`);
  }
  return lines;
}

/** `HEADER=KEY` (or a bare KEY, its own header), compiled; a bad key is invalid input. */
export function parseFields(fields: readonly string[]): Column[] {
  return fields.map((f) => {
    const eq = f.indexOf('=');
    const [header, key] = eq > 0 ? [f.slice(0, eq), f.slice(eq + 1)] : [f, f];
    try {
      return { header, key: compileKey(key) };
    } catch (e) {
      process.stderr.write(`--field ${f}: ${key} is not a valid key: ${(e as Error).message}\n`);
      throw new Exit(EXIT_INVALID);
    }
  });
}

export function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function render(sections: readonly Section[], format: Flags['format']): string {
  const flat = sections.flatMap((s) => s.rows.map((r) => ({ policy: s.policy, ...r })));
  if (format === 'json') return `${JSON.stringify(flat, null, 2)}\n`;
  if (format === 'csv') {
    // One header row for every policy: the union of their columns, in order of appearance.
    const columns = [...new Set(['policy', ...sections.flatMap((s) => s.headers)])];
    const lines = [columns, ...flat.map((r) => columns.map((c) => cell(r[c as keyof typeof r])))];
    return `${lines.map(csvLine).join('\n')}\n`;
  }
  return sections.map(table).join('\n');
}

/** Cells quoted where csv needs it, joined by commas. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(',');
}

/** A table line: each cell padded to its column's width, two spaces between columns. */
export function tableLine(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
}

function table(s: Section): string {
  const rows = s.rows.map((r) => s.headers.map((h) => cell(r[h])));
  const widths = s.headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => tableLine(r, widths);
  const count = `${s.rows.length} resource${s.rows.length === 1 ? '' : 's'}`;
  const heading = `policy ${s.policy} (${s.resourceType}): ${count}${s.failure ? ', FAILED' : ''}`;
  const why = (s.failure ?? []).map((l) => `  ${l}`);
  return `${[heading, ...why, line(s.headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
