import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileKey, parseJsonData, type Resource } from '@c7n-ts/core';
import { type Command, Option } from 'commander';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { collect } from './validate.js';

interface Flags {
  outputDir: string;
  format: 'table' | 'csv' | 'json';
  field: string[];
  defaultFields: boolean;
  region?: string;
  policyFilter?: string;
}

interface Column {
  header: string;
  key: ReturnType<typeof compileKey>;
}

/** One policy's rows, with its own columns (resource types differ in their default fields). */
interface Section {
  policy: string;
  resourceType: string;
  headers: string[];
  rows: Record<string, unknown>[];
}

export function register(program: Command): void {
  program
    .command('report')
    .description('Show the resources the last run of each policy matched, from OUT/<policy>/resources.json.')
    .argument('<files...>', 'the policy files that were run')
    .requiredOption('-s, --output-dir <dir>', 'the directory given to `run -s`')
    .addOption(
      new Option(
        '--format <format>',
        'table (one per policy), csv or json (one row per resource, with a policy column)',
      )
        .choices(['table', 'csv', 'json'])
        .default('table'),
    )
    .option(
      '--field <header=key>',
      'an extra column: HEADER=KEY, KEY as in a value filter (tag:NAME or JMESPath); repeatable',
      collect,
      [],
    )
    .option('--no-default-fields', "leave out the resource type's default columns")
    .option('-r, --region <region>', 'the region subdirectory, when the run used several regions')
    .option('-p, --policy-filter <name>', 'only this policy')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ c7n-ts report -s out policies/ec2.yml',
        '  $ c7n-ts report -s out --format csv --field Owner=tag:Owner --field Type=InstanceType ec2.yml',
      ].join('\n'),
    )
    .action(async (files: string[], flags: Flags) => {
      const extra = parseFields(flags.field);
      const { policies } = await loadOrExit(files, {});
      const registry = getRegistry();
      const sections: Section[] = [];
      let missing = 0;
      for (const p of policies) {
        if (flags.policyFilter && p.name !== flags.policyFilter) continue;
        const rt = registry.resource(p.resourceType)!;
        const defaults = flags.defaultFields ? (rt.reportFields ?? [rt.id]) : [];
        // Default fields use value-filter key semantics too: `tag:Name` reads the Tags list.
        const columns = [...defaults.map((f) => ({ header: f, key: compileKey(f) })), ...extra];
        const path = join(flags.outputDir, flags.region ?? '', p.name, 'resources.json');
        let resources: Resource[];
        try {
          resources = parseJsonData(await readFile(path, 'utf8')) as Resource[];
        } catch {
          process.stderr.write(`no output for policy ${p.name} at ${path}\n`);
          missing++;
          continue;
        }
        sections.push({
          policy: p.name,
          resourceType: p.resourceType,
          headers: columns.map((c) => c.header),
          // null for a value not there (an absent tag reads as undefined), so JSON keeps the column.
          rows: resources.map((r) =>
            Object.fromEntries(columns.map((c) => [c.header, c.key.read(r) ?? null])),
          ),
        });
      }
      process.stdout.write(render(sections, flags.format));
      throw new Exit(missing ? EXIT_FAILURE : EXIT_OK);
    });
}

/** `HEADER=KEY` (or a bare KEY, its own header), compiled; a bad key is invalid input. */
function parseFields(fields: readonly string[]): Column[] {
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

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function render(sections: readonly Section[], format: Flags['format']): string {
  const flat = sections.flatMap((s) => s.rows.map((r) => ({ policy: s.policy, ...r })));
  if (format === 'json') return `${JSON.stringify(flat, null, 2)}\n`;
  if (format === 'csv') {
    // One header row for every policy: the union of their columns, in order of appearance.
    const columns = [...new Set(['policy', ...sections.flatMap((s) => s.headers)])];
    const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [columns, ...flat.map((r) => columns.map((c) => cell(r[c as keyof typeof r])))];
    return `${lines.map((l) => l.map(q).join(',')).join('\n')}\n`;
  }
  return sections.map(table).join('\n');
}

function table(s: Section): string {
  const rows = s.rows.map((r) => s.headers.map((h) => cell(r[h])));
  const widths = s.headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const count = `${s.rows.length} resource${s.rows.length === 1 ? '' : 's'}`;
  const heading = `policy ${s.policy} (${s.resourceType}): ${count}`;
  return `${[heading, line(s.headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
