import type { Command } from 'commander';
import { collect, lazy, singleRegion } from './options.js';

export function register(program: Command): void {
  program
    .command('invoke')
    .description(
      "Run a Lambda-mode policy's function on this machine: build its archive exactly as `package` does, unzip it, and call its handler with an event in a separate node process. " +
        'The handler logs one JSON line per step on stdout; a summary follows on stderr.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option('-p, --policy-filter <glob>', 'the policy to invoke, when the files hold several', collect, [])
    .option(
      '--event <file>',
      'the event as JSON (an EventBridge CloudTrail event for cloudtrail mode); default for periodic mode: a scheduled event; for schedule mode: {}',
    )
    .option('--replay <dir>', 'serve every AWS call from flight data in DIR (no network, no credentials)')
    .option(
      '--record <dir>',
      'record every AWS answer into DIR as flight data (the account id asked of STS too); OUT/flight-log.json lists the calls',
    )
    .option(
      '-s, --output-dir <dir>',
      "where the function writes its output (default: the policy's execution-options output_dir, else /tmp/c7n-ts)",
    )
    .option(
      '--account-id <id>',
      'account id in the function ARN (default with --replay: the recorded sts.GetCallerIdentity account, else 123456789012; without: asked of STS)',
    )
    .option(
      '-r, --region <region>',
      'AWS_REGION of the function (default AWS_REGION or us-east-1)',
      singleRegion,
    )
    .option('-d, --dryrun', 'the function makes no change: it writes plan.json / plan.txt instead of acting')
    .option('--keep', 'keep the unzipped archive and print where it is')
    .option('--strict', 'treat validation warnings as errors')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option(
      '--template-dir <dir>',
      "where notify templates are looked up before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .addHelpText(
      'after',
      [
        '',
        'Without --replay the function acts on the account of your credentials, as the deployed one would.',
        'With --replay or --record the calls it made are written to OUT/flight-log.json.',
        '',
        'Exit codes: 0 the handler succeeded and no action failed (an event naming no resource is a',
        'no-op, exit 0), 1 the handler threw or the policy failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts invoke rds.yml -p rds-delete-public --event create-db-instance.json --replay flight/ -s out',
        '  $ c7n-ts invoke ec2-nightly.yml --account-id 123456789012 -r eu-west-1',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/invoke.js')));
}
