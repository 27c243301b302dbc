import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jmespathSearch, type Resource } from '@c7n-ts/core';
import type { Command } from 'commander';
import { EXIT_FAILURE, EXIT_OK, Exit } from '../exit.js';
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

export function register(program: Command): void {
  program
    .command('report')
    .description('Show the resources the last run of each policy matched, from OUT/<policy>/resources.json.')
    .argument('<files...>', 'the policy files that were run')
    .requiredOption('-s, --output-dir <dir>', 'the directory given to `run -s`')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--field <header=expr>', 'an extra column: HEADER=JMESPath (repeatable)', collect, [])
    .option('--no-default-fields', "leave out the resource type's default columns")
    .option('-r, --region <region>', 'the region subdirectory, when the run used several regions')
    .option('-p, --policy-filter <name>', 'only this policy')
    .addHelpText(
      'after',
      "\nExamples:\n  $ c7n-ts report -s out policies/ec2.yml\n  $ c7n-ts report -s out --format csv --field Owner='Tags[?Key==`Owner`].Value | [0]' ec2.yml",
    )
    .action(async (files: string[], flags: Flags) => {
      const { policies } = await loadOrExit(files, {});
      const registry = getRegistry();
      const rows: Record<string, unknown>[] = [];
      let columns: string[] = [];
      let missing = 0;
      for (const p of policies) {
        if (flags.policyFilter && p.name !== flags.policyFilter) continue;
        const rt = registry.resource(p.resourceType)!;
        const defaults = flags.defaultFields ? (rt.reportFields ?? [rt.id]) : [];
        const extra = flags.field.map((f) => {
          const eq = f.indexOf('=');
          return eq > 0 ? { header: f.slice(0, eq), expr: f.slice(eq + 1) } : { header: f, expr: f };
        });
        const cols = ['policy', ...defaults, ...extra.map((e) => e.header)];
        if (cols.length > columns.length) columns = cols;
        const path = join(flags.outputDir, flags.region ?? '', p.name, 'resources.json');
        let resources: Resource[];
        try {
          resources = JSON.parse(await readFile(path, 'utf8')) as Resource[];
        } catch {
          process.stderr.write(`no output for policy ${p.name} at ${path}\n`);
          missing++;
          continue;
        }
        for (const r of resources) {
          const row: Record<string, unknown> = { policy: p.name };
          for (const f of defaults) row[f] = jmespathSearch(f, r);
          for (const e of extra) row[e.header] = jmespathSearch(e.expr, r);
          rows.push(row);
        }
      }
      process.stdout.write(render(rows, columns, flags.format));
      throw new Exit(missing ? EXIT_FAILURE : EXIT_OK);
    });
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function render(rows: Record<string, unknown>[], columns: string[], format: string): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const table = rows.map((r) => columns.map((c) => cell(r[c])));
  if (format === 'csv') {
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return `${[columns, ...table].map((r) => r.map(q).join(',')).join('\n')}\n`;
  }
  const widths = columns.map((c, i) => Math.max(c.length, ...table.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((s, i) => s.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n')}\n`;
}
