import type { Command } from 'commander';
import { collect, lazy } from './options.js';
import { orgOptions } from './org-run.js';

/** `c7n-ts org remove`: `remove` in every selected account×region of c7n-org's accounts.yml. */
export function registerOrgRemove(org: Command): void {
  const cmd = org
    .command('remove')
    .description(
      'Remove what `org run` (or `run`) deployed for Lambda-mode policies, in every account and region of ' +
        "c7n-org's accounts.yml, as `remove` does in one: the rule or schedule and its targets, the function " +
        "and its log group, each only when its c7n-ts:policy tag names that policy. Assumes each account's role.",
    )
    .argument('<files...>', 'policy files (YAML or JSON): the Lambda-mode policies to remove');
  orgOptions(
    cmd,
    'remove from',
    'text (a table: a row per account×region, a column per policy: removed, gone, left alone or FAIL) or json (every removal)',
  )
    .option(
      '-s, --output-dir <dir>',
      'write OUT/<account-name>/<region>/org-error.json (and flight-log.json)',
    )
    .option('-p, --policy-filter <glob>', 'only policies whose name matches (repeatable)', collect, [])
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
        "Names are worked out per account, as `org run` deployed them: with that account's id and vars.",
        'Removing twice is harmless: what is already gone is reported as such ("gone"). Something',
        'under the same name that is not that policy\'s is "left alone", with a warning on stderr.',
        'An account×region whose role cannot be assumed, or where a call fails, is recorded (in the',
        'summary, and in OUT/<account-name>/<region>/org-error.json with -s); the others go on.',
        'accounts.yml, the selection flags and --replay DIR are read as by `org run` (see its --help).',
        '',
        'Exit codes: 0 done everywhere (warnings included), 1 an account×region or a call failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts org remove -c accounts.yml policies/ec2-tag-new.yml',
        '  $ c7n-ts org remove -c accounts.yml -a dev --tags env:dev -r us-east-1 -r eu-west-1 policies/*.yml',
        '  $ c7n-ts org remove -c test/e2e/org/deploy/accounts.yml -a dev,prod --replay test/e2e/org/deploy/flight-remove -p ec2-tag-new test/e2e/org/deploy/policies.yml',
        '',
        'See docs/org.md.',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-remove.js')));
}
