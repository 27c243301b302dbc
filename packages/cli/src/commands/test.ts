import type { Command } from 'commander';
import { lazy, positiveInt } from './options.js';

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
      'tests run at once, each in its own process (default: the number of CPUs)',
      positiveInt('--jobs'),
    )
    .option('--record <dir>', 'record a new test from a live account (not supported yet)')
    .addHelpText(
      'after',
      [
        '',
        'A pull-mode policy runs as `c7n-ts run --replay` does; one with a Lambda mode runs in its',
        'handler as `c7n-ts invoke --replay` does, on the event of test.yml (periodic and schedule',
        'modes take none). Actions act for real against the recording, not as a dry run.',
        '',
        'Each test prints PASS or FAIL with what differed, then a summary line.',
        '',
        'Exit codes: 0 every test passed, 1 a test failed, 2 a test folder is broken (no test.yml, an',
        'unknown key, a policy not in the file, no flight/, a bad event): nothing is run then.',
        '',
        'Examples:',
        '  $ c7n-ts test policies/',
        '  $ c7n-ts test policies/aws/rds/rds-public-access-delete.yml',
        '  $ c7n-ts test --output junit results.xml policies/',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/test.js')));
}
