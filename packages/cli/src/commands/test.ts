import type { Command } from 'commander';
import { lazy, positiveInt, singleRegion } from './options.js';

export function register(program: Command): void {
  program
    .command('test')
    .description(
      'Run policy tests: each <file>.tests/<name>/test.yml beside a policy file runs its policy against the recorded ' +
        'API answers in flight/ (no credentials, no network) and checks the matched resource ids, the changing calls ' +
        'its actions make and the notifications it renders. See docs/policy-tests.md.',
    )
    .argument(
      '[paths...]',
      'folders to search for tests, policy files (their .tests folder), or test folders (default: .)',
    )
    .option(
      '--output <format...>',
      'also write the results as a report: junit FILE (JUnit XML, for CI systems)',
    )
    .option(
      '-j, --jobs <n>',
      'tests run at once, each in its own process (default: the number of CPUs); results print in the order of the tests',
      positiveInt('--jobs'),
    )
    .option(
      '--record <dir>',
      'record a new test of POLICY_FILE from the live account into DIR: a bare name is <file>.tests/NAME/, a path must be such a folder; it must not exist or be empty',
    )
    .option('-p, --policy <name>', 'with --record: the policy to record, when the file holds several')
    .option(
      '-r, --region <region>',
      'with --record: the region (default AWS_REGION or us-east-1)',
      singleRegion,
    )
    .option('--account-id <id>', 'with --record: the account id, instead of asking STS')
    .option('--profile <name>', 'with --record: the AWS shared-config profile')
    .option('--assume-role <arn>', 'with --record: an IAM role to assume first')
    .option(
      '--event <file>',
      'with --record, for a Lambda-mode policy: the triggering event (copied into DIR as event.json); periodic and schedule modes take none',
    )
    .option(
      '--act',
      'with --record: run the actions for real against the account and expect their calls (default: a dry run that changes nothing)',
    )
    .addHelpText(
      'after',
      [
        '',
        'A pull-mode policy runs as `c7n-ts run --replay` does; one with a Lambda mode runs in its',
        'handler as `c7n-ts invoke --replay` does, on the event of test.yml (periodic and schedule',
        'modes take none). Actions act for real against the recording, not as a dry run (unless',
        'test.yml says dryrun: true, as a test recorded without --act does).',
        '',
        'Each test prints PASS or FAIL with what differed, then a summary line.',
        '',
        'Exit codes: 0 every test passed, 1 a test failed, 2 a test folder is broken (no test.yml, an',
        'unknown key, a policy not in the file, no flight/, a bad event): nothing is run then.',
        '',
        'Recording (--record DIR POLICY_FILE): runs the one policy (-p) against the account of your',
        'credentials with every AWS answer recorded into DIR/flight/, writes DIR/test.yml from what',
        'happened (the matched ids; with --act the changing calls; the rendered notifications), then',
        'replays the new test once. Without --act the run is a dry run: nothing in the account changes,',
        'and the calls the actions would make are left as a comment. Review test.yml before committing.',
        'A Lambda-mode policy runs in its handler as `c7n-ts invoke` does, on --event FILE. Exit 2 on bad',
        'input (DIR not empty, no policy chosen), 1 when the run fails or the recorded test does not replay.',
        '',
        'Examples:',
        '  $ c7n-ts test policies/',
        '  $ c7n-ts test policies/aws/rds/rds-public-access-delete.yml',
        '  $ c7n-ts test --output junit results.xml policies/',
        '  $ c7n-ts test --record stopped-found policies/aws/cost/ec2-stopped-long.yml -r eu-west-1',
        '  $ c7n-ts test --record unattached-deleted --act policies/aws/cost/ebs-unattached.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/test.js')));
}
