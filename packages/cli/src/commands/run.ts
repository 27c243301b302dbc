import type { Command } from 'commander';
import { archiveOption, collect, lazy, positiveInt, regionName } from './options.js';

export function register(program: Command): void {
  program
    .command('run')
    .description(
      'Run policies in pull mode: list each resource type, filter, and act on the matches. ' +
        'Writes OUT/<policy>/resources.json, metadata.json and custodian-run.log (plan.json and plan.txt with --dryrun); ' +
        'with --replay or --record also OUT/flight-log.json, every API call in order.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .requiredOption(
      '-s, --output-dir <dir>',
      "where to write each policy's output: a directory, or s3://bucket/prefix (PutObject, same layout)",
    )
    .option('-p, --policy-filter <glob>', 'run only policies whose name matches (repeatable)', collect, [])
    .option('--resource <type>', 'run only policies on this resource type (repeatable)', collect, [])
    .option(
      '-r, --region <region>',
      'region to run in (repeatable), or all for every enabled region; default AWS_REGION or us-east-1',
      (value: string, previous: string[]) => collect(regionName(value), previous),
      [],
    )
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--assume-role <arn>', 'IAM role to assume before running')
    .option('--profile <name>', 'AWS shared-config profile')
    .option(
      '-d, --dryrun',
      'make no changes: write plan.json / plan.txt describing what each action would do',
    )
    .option(
      '-v, --verbose',
      "also print each policy's log lines (fetched, matched, action outcomes) on stderr",
    )
    .option(
      '--replay <dir>',
      'serve every AWS call from recorded flight data in DIR (no network, no credentials)',
    )
    .option('--record <dir>', 'record every AWS response into DIR as flight data')
    .option(
      '--max-attempts <n>',
      'attempts per AWS call (throttling is retried with backoff)',
      positiveInt('--max-attempts'),
      8,
    )
    .option('--concurrency <n>', 'policies run at once', positiveInt('--concurrency'), 4)
    .option(
      '--cache-period <minutes>',
      'reuse resources fetched by an earlier run within this many minutes (0: fetch every time)',
      '0',
    )
    .option('--cache-dir <dir>', 'where --cache-period keeps fetched resources (default ~/.cache/c7n-ts)')
    .option(
      '--flight-log <file>',
      'where --replay/--record write the log of every call (default OUT/flight-log.json; local only)',
    )
    .option('--strict', 'treat validation warnings as errors')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option(
      '--template-dir <dir>',
      "where notify looks for templates before the policy file's directory (repeatable, searched in order)",
      collect,
      [],
    )
    .option(
      '-o, --output <format>',
      'text (a line per policy) or json (on stdout, an array with per policy: policy, resourceType, scope, status, reason, fetched, matched, actions with their planned calls, call records and per-resource outcomes, outputPath, durationMs)',
      'text',
    )
    .addOption(archiveOption())
    .addHelpText(
      'after',
      [
        '',
        'A policy with a Lambda mode (any mode but pull; `c7n-ts schema mode` lists them)',
        'is deployed as a Lambda function (its EventBridge rule, target and invoke permission, or its',
        'Scheduler schedule) instead of being run; OUT/<policy>/deploy.json says what',
        'was done. With --dryrun it is evaluated here in pull mode instead, as Cloud Custodian does.',
        '',
        'Exit codes: 0 every policy ran, 1 a policy or an action failed, 2 invalid input (nothing was run).',
        '',
        'On a terminal, a progress line on stderr follows long fetches; it is left out when stderr is',
        'not a terminal and with --output json.',
        '',
        'Resource cache: --cache-period defaults to 0, unlike Cloud Custodian (15 minutes): a run that',
        'acts must see the resources as they are now, not as an earlier run (or its actions) left them.',
        '',
        'Examples:',
        '  $ c7n-ts run -s out policies/ec2.yml',
        '  $ c7n-ts run -s out --dryrun -r us-east-1 -r eu-west-1 policies/*.yml',
        '  $ c7n-ts run -s out --replay examples/demo-account --account-id 123456789012 examples/ec2-owner-tags.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/run.js')));
}
