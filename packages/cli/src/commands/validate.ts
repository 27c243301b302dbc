import { formatDiagnostic } from '@c7n-ts/core';
import type { Command } from 'commander';
import { EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { loadFiles } from '../load.js';

interface Flags {
  strict?: boolean;
  var: string[];
  templateDir: string[];
  output: 'text' | 'json';
}

export function register(program: Command): void {
  program
    .command('validate')
    .description(
      'Check policy files against the schema and the registry without touching any cloud account. ' +
        'Every problem is reported as FILE:LINE:COL with a suggestion where one fits.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option(
      '--strict',
      'treat warnings (e.g. a value-filter key that is not a field of the resource) as errors',
    )
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option(
      '--template-dir <dir>',
      "where notify templates are looked up before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .option('-o, --output <format>', 'text or json', 'text')
    .addHelpText(
      'after',
      '\nExit codes: 0 valid, 2 invalid input.\n\nExamples:\n  $ c7n-ts validate policies/*.yml\n  $ c7n-ts validate --strict --output json ec2.yml',
    )
    .action(async (files: string[], flags: Flags) => {
      const { policies, diagnostics } = await loadFiles(files, flags);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const valid = errors === 0;
      if (flags.output === 'json') {
        const summary = policies.map((p) => ({
          name: p.name,
          resource: p.resourceType,
          file: p.file,
          line: p.location.line,
        }));
        process.stdout.write(`${JSON.stringify({ valid, policies: summary, diagnostics }, null, 2)}\n`);
      } else {
        for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
        const warnings = diagnostics.length - errors;
        const summary = valid
          ? `${policies.length} ${plural(policies.length, 'policy', 'policies')} valid in ${files.length} ${plural(files.length, 'file', 'files')}`
          : `${errors} ${plural(errors, 'error', 'errors')}; nothing was run`;
        process.stdout.write(
          `${summary}${warnings ? `, ${warnings} ${plural(warnings, 'warning', 'warnings')}` : ''}\n`,
        );
      }
      throw new Exit(valid ? EXIT_OK : EXIT_INVALID);
    });
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
