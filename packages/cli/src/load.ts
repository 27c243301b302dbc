/** Loading policies the same way in every command, with diagnostics printed alike. */
import { readFileSync, type Stats, statSync } from 'node:fs';
// The registry alone: the package index would bring the SDK's transport and the flight layer.
import { awsRegistry } from '@c7n-ts/aws/registry';
import {
  type Diagnostic,
  formatDiagnostic,
  type LoadedPolicy,
  loadPolicies,
  parseVarArgs,
  type Registry,
} from '@c7n-ts/core';
import { EXIT_INVALID, Exit } from './exit.js';

let registry: Registry | undefined;

/** The registry of everything this build declares, composed once per process. */
export function getRegistry(): Registry {
  registry ??= awsRegistry();
  return registry;
}

export interface LoadFlags {
  strict?: boolean;
  var?: string[];
  output?: string;
  /** `--template-dir`: searched for notify templates before the policy file's directory. */
  templateDir?: string[];
}

export interface Loaded {
  policies: LoadedPolicy[];
  diagnostics: Diagnostic[];
  vars: Record<string, string>;
}

/** Reads, parses and validates; never throws for bad input. Diagnostics come sorted. */
export async function loadFiles(paths: readonly string[], flags: LoadFlags): Promise<Loaded> {
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; text: string }[] = [];
  // Read synchronously, one after another as before: node:fs/promises and the modules it brings
  // cost every `validate` some 3 ms to load (issue 17).
  for (const path of paths) {
    try {
      files.push({ path, text: readFileSync(path, 'utf8') });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      diagnostics.push(
        fileProblem(path, code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`),
      );
    }
  }
  for (const dir of flags.templateDir ?? []) {
    let info: Stats | undefined;
    try {
      info = statSync(dir);
    } catch {
      info = undefined;
    }
    if (!info?.isDirectory())
      diagnostics.push(
        fileProblem(
          '--template-dir',
          `${dir}: ${info ? 'not a directory' : 'no such directory'}`,
          'bad-path',
        ),
      );
  }
  const vars = parseVarArgs(flags.var ?? []);
  for (const v of vars.invalid)
    diagnostics.push(fileProblem('--var', `"${v}" is not KEY=VALUE`, 'invalid-var'));
  const result = loadPolicies(files, getRegistry(), {
    strict: flags.strict,
    vars: vars.vars,
    ...(flags.templateDir?.length && { templateDirs: flags.templateDir }),
    // Global, so read where main.ts reads it: before or after the command name.
    debug: process.argv.slice(2).includes('--debug'),
  });
  diagnostics.push(...result.diagnostics);
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { policies: result.policies, diagnostics, vars: vars.vars };
}

function fileProblem(file: string, message: string, messageId = 'file-not-found'): Diagnostic {
  return { severity: 'error', messageId, file, line: 0, col: 0, message };
}

export const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');

/**
 * For commands that act: prints diagnostics to stderr and exits 2 when any error remains, so
 * nothing is acted on. Warnings are printed and the policies run.
 */
export async function loadOrExit(paths: readonly string[], flags: LoadFlags): Promise<Loaded> {
  const loaded = await loadFiles(paths, flags);
  if (flags.output === 'json') {
    if (hasErrors(loaded.diagnostics))
      process.stdout.write(`${JSON.stringify({ diagnostics: loaded.diagnostics }, null, 2)}\n`);
    // Stdout stays one JSON document; warnings still reach the person running it.
    else for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  } else {
    for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  if (hasErrors(loaded.diagnostics)) throw new Exit(EXIT_INVALID);
  return loaded;
}
