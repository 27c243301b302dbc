#!/usr/bin/env node
/** The c7n-ts command line: one module per command under commands/. */
import { Command, CommanderError } from 'commander';
import * as deploy from './commands/deploy.js';
import * as invoke from './commands/invoke.js';
import * as notify from './commands/notify.js';
import * as org from './commands/org.js';
import * as packageCmd from './commands/package.js';
import * as permissions from './commands/permissions.js';
import * as prune from './commands/prune.js';
import * as remove from './commands/remove.js';
import * as report from './commands/report.js';
import * as run from './commands/run.js';
import * as schema from './commands/schema.js';
import * as testCmd from './commands/test.js';
import * as validate from './commands/validate.js';
import * as versionCmd from './commands/version.js';
import { EXIT_FAILURE, EXIT_INVALID, Exit } from './exit.js';
import { version } from './version.js';

// The SDK warns on every run that its releases after January 2027 need Node 22. Our lockfile
// pins the SDK, so the warning says nothing about this install; keep users' output clean.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// `c7n-ts schema aws.ec2 | head`: a reader that stops early is not an error, and never a stack.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

const program = new Command('c7n-ts')
  .description('Policy-as-code rule engine for AWS, compatible with Cloud Custodian policies.')
  .version(version, '-V, --version')
  .showSuggestionAfterError(true)
  .option('--debug', 'print the stack trace of an error (for a bug report)')
  .exitOverride();

for (const cmd of [
  validate,
  run,
  deploy,
  notify,
  packageCmd,
  invoke,
  remove,
  prune,
  permissions,
  report,
  org,
  schema,
  testCmd,
  versionCmd,
])
  cmd.register(program);

// An unknown command is one line with a did-you-mean and exit 2 (commander's message takes two).
// Reported below, where @c7n-ts/core is imported for the did-you-mean: a static import
// evaluated all of core on every start, `version` and `--help` included (issue 17).
class UnknownCommand extends Error {
  constructor(readonly command: string) {
    super(`unknown command ${command}`);
  }
}
program.on('command:*', ([name = '']: string[]) => {
  throw new UnknownCommand(name);
});

// No top-level await: the bundle is a CommonJS script, compiled with a V8 code cache
// (scripts/bundle.mjs, issue 17).
program.parseAsync(process.argv).catch(async (err: unknown) => {
  if (err instanceof UnknownCommand) {
    const { suggestion } = await import('@c7n-ts/core');
    const names = program.commands.map((c) => c.name());
    process.stderr.write(
      `c7n-ts: unknown command "${err.command}"${suggestion(err.command, names)} (see c7n-ts --help)\n`,
    );
    process.exitCode = EXIT_INVALID;
  } else if (err instanceof Exit) process.exitCode = err.code;
  else if (err instanceof CommanderError) {
    // Help and version exit 0; usage errors are invalid input.
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_INVALID;
  } else {
    // A stack trace helps a bug report, not a user: only with --debug (read from argv, as the
    // error may come before commander has parsed it).
    const debug = process.argv.slice(2).includes('--debug');
    const detail = debug
      ? ((err as Error).stack ?? String(err))
      : `${(err as Error).message ?? String(err)} (re-run with --debug for the stack trace)`;
    process.stderr.write(`c7n-ts: internal error (a bug, please report it): ${detail}\n`);
    process.exitCode = EXIT_FAILURE;
  }
});
