import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { archiveOption, collect, lazy, positiveInt, regionName } from './options.js';

/** The severities library policies use in `metadata.severity`; `--severity` takes only these. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

function severity(value: string, previous: string[]): string[] {
  const v = value.toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(v))
    throw new InvalidArgumentError(`"${value}" is not a severity; use one of ${SEVERITIES.join(', ')}`);
  return [...previous, v];
}

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
      '--category <name>',
      'run only policies whose metadata.category is this (repeatable: any of them), e.g. security, cost, tagging, governance',
      collect,
      [],
    )
    .option(
      '--severity <level>',
      `run only policies whose metadata.severity is this (repeatable: any of them): ${SEVERITIES.join(', ')}`,
      severity,
      [],
    )
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
        'Selection: -p, --resource, --category and --severity combine; a policy runs when it passes',
        "each one given (any value of a repeated flag). --category and --severity read the policy's",
        'metadata (category: security; severity: high), which c7n-ts, like Cloud Custodian, does not',
        'otherwise check; a policy without it is not selected by them.',
        '',
        'Resource cache: --cache-period defaults to 0, unlike Cloud Custodian (15 minutes): a run that',
        'acts must see the resources as they are now, not as an earlier run (or its actions) left them.',
        '',
        'Examples:',
        '  $ c7n-ts run -s out policies/ec2.yml',
        '  $ c7n-ts run -s out --dryrun -r us-east-1 -r eu-west-1 policies/*.yml',
        '  $ c7n-ts run -s out --category security --severity high --severity critical policies/aws/*/*.yml',
        '  $ c7n-ts run -s out --replay examples/demo-account --account-id 123456789012 examples/ec2-owner-tags.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/run.js')));
}
