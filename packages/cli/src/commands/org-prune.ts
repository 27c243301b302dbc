import type { Command } from 'commander';
import { collect, lazy } from './options.js';
import { orgOptions } from './org-run.js';

/** `c7n-ts org prune`: `prune` in every selected account×region of c7n-org's accounts.yml. */
export function registerOrgPrune(org: Command): void {
  const cmd = org
    .command('prune')
    .description(
      'List what c7n-ts deployed (functions, rules and log groups tagged c7n-ts:policy) for policies that ' +
        "are not in the given files, in every account and region of c7n-org's accounts.yml, as `prune` does " +
        "in one; with --yes, remove them as `remove` does. Assumes each account's role.",
    )
    .argument('<files...>', 'policy files (YAML or JSON): the policies to keep');
  orgOptions(
    cmd,
    'prune',
    'text (a table: a row per account×region with the policies not in the files) or json (each deployment, and each removal)',
  )
    .option(
      '-s, --output-dir <dir>',
      'write OUT/<account-name>/<region>/org-error.json (and flight-log.json)',
    )
    .option('--yes', 'remove what is listed (without it nothing is changed)')
    .option('-d, --dryrun', 'list only, change nothing (the default; cannot be used with --yes)')
    .option(
      '--var <key=value>',
      "a variable for {key} in policy strings (repeatable; wins over accounts.yml's vars)",
      collect,
      [],
    )
    .option('--strict', 'treat validation warnings as errors')
    .addHelpText(
      'after',
      [
        '',
        "The policies to keep are loaded with each account's vars; files that do not load stop the",
        'command (exit 2): their policies would look deleted in every account.',
        'An account×region whose role cannot be assumed, or where a call fails, is recorded (in the',
        'summary, and in OUT/<account-name>/<region>/org-error.json with -s); the others go on.',
        'accounts.yml, the selection flags and --replay DIR are read as by `org run` (see its --help).',
        '',
        'Exit codes: 0 done everywhere, 1 an account×region or a call failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts org prune -c accounts.yml policies/*.yml',
        '  $ c7n-ts org prune -c accounts.yml --yes -a dev -r us-east-1 policies/*.yml',
        '  $ c7n-ts org prune -c test/e2e/org/deploy/accounts.yml -a dev,prod --replay test/e2e/org/deploy/flight-prune test/e2e/org/deploy/policies.yml',
        '',
        'See docs/org.md.',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-prune.js')));
}
