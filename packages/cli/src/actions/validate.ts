/** What `c7n-ts validate` does; its options and help are declared in commands/validate.ts. */
import { formatDiagnostic } from '@c7n-ts/core';
import { EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { loadFiles } from '../load.js';

interface Flags {
  strict?: boolean;
  var: string[];
  templateDir: string[];
  output: 'text' | 'json';
}

export default async function validate(files: string[], flags: Flags) {
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
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
