import type { Command } from 'commander';
import { collect, lazy } from './options.js';

export function register(program: Command): void {
  const notify = program
    .command('notify')
    .description('Work with the notify action: see what it would send.');
  notify
    .command('preview')
    .description(
      'Run policies as a dry run (no change, no message sent) and list the email each recipient ' +
        'would get: OUT/<policy>/notify/<action>-<recipients>.html (open in a browser) and .eml ' +
        '(open in a mail client); with --replay also OUT/flight-log.json, every API call made.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option(
      '-p, --policy-filter <glob>',
      'preview only policies whose name matches (repeatable); default: every policy with a notify action',
      collect,
      [],
    )
    .option('-s, --output-dir <dir>', 'where to write the messages (default: a new temporary directory)')
    .option(
      '--replay <dir>',
      'serve every AWS call from recorded flight data in DIR (no network, no credentials)',
    )
    .option('-r, --region <region>', 'region to run in (default AWS_REGION or us-east-1)')
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--profile <name>', 'AWS shared-config profile')
    .option(
      '--template-dir <dir>',
      "where notify looks for templates before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 previewed, 1 a policy failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts notify preview policies/ec2.yml -p ec2-untagged',
        '  $ c7n-ts notify preview examples/ec2-notify-owners.yml --replay examples/demo-account --account-id 123456789012 -s out/preview',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/notify.js')));
}
