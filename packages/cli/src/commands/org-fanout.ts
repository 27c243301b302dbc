import type { Command } from 'commander';
import { archiveOption, collect, lazy, positiveInt, regionName } from './options.js';

/** `c7n-ts org deploy-fanout`: the Step Functions fan-out that `org run --fanout` starts. */
export function registerOrgDeployFanout(org: Command): void {
  org
    .command('deploy-fanout')
    .description(
      'Create or update the AWS Step Functions fan-out `org run --fanout` starts: a Lambda function ' +
        "with the policies embedded (loaded with each account's vars) that runs one account×region per " +
        'invocation, and a state machine whose Distributed Map invokes it for every account×region. ' +
        'The definition is checked with ValidateStateMachineDefinition first; nothing changes if it is refused.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .requiredOption(
      '-c, --config <file>',
      "accounts file in c7n-org's format (accounts.yml): each account's vars",
    )
    .requiredOption(
      '--role <arn>',
      "the function's execution role: it assumes each account's role and writes the output to S3",
    )
    .option(
      '--states-role <arn>',
      'the state machine role (default: --role, when it trusts states.amazonaws.com)',
    )
    .requiredOption(
      '--bucket <s3-url>',
      's3://bucket/prefix where runs put their item lists (PREFIX/items/) and Step Functions writes results (PREFIX/results/)',
    )
    .option('--name <name>', 'name of the function and of the state machine', 'c7n-ts-org-fanout')
    .option(
      '--concurrency <n>',
      'account×regions run at once (Distributed Map MaxConcurrency)',
      positiveInt('--concurrency'),
      40,
    )
    .option(
      '-r, --region <region>',
      'region to deploy the fan-out in (default AWS_REGION or us-east-1)',
      regionName,
    )
    .option(
      '--var <key=value>',
      "a variable for {key} in policy strings (repeatable; wins over accounts.yml's vars)",
      collect,
      [],
    )
    .option('--strict', 'treat validation warnings as errors')
    .option(
      '-d, --dryrun',
      'only read (ValidateStateMachineDefinition, GetFunction, DescribeStateMachine): print what would change',
    )
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--replay <dir>', 'serve every AWS call from recorded flight data in DIR')
    .option('--record <dir>', 'record every AWS response into DIR as flight data')
    .option('--flight-log <file>', 'with --replay/--record: write every call made, in order, to FILE')
    .option('-o, --output <format>', 'text (what was done) or json (also the definition)', 'text')
    .addOption(archiveOption())
    .addHelpText(
      'after',
      [
        '',
        'What it creates (idempotent: what exists and matches is left alone; both tagged c7n-ts:fanout=NAME):',
        '  Lambda function NAME        runs the policies in one account×region per invocation, writing',
        '                              <-s>/<account-name>/<region>/<policy>/ (what org run writes)',
        '  state machine NAME          a Distributed Map over the account×regions (ItemReader: the list',
        '                              org run --fanout writes to --bucket), retrying Lambda throttling,',
        '                              recording a failed account×region without stopping the others',
        'Policies with a Lambda mode are embedded too: org run --fanout builds their archives and each',
        'account×region deploys them there, as org run does.',
        '',
        'Exit codes: 0 deployed (or previewed), 1 a call failed, 2 invalid input or a refused definition.',
        '',
        'Examples:',
        '  $ c7n-ts org deploy-fanout -c accounts.yml --role arn:aws:iam::111122223333:role/c7n-fanout \\',
        '      --bucket s3://my-c7n-bucket/fanout policies/*.yml',
        '  $ c7n-ts org run --fanout -c accounts.yml -s s3://my-c7n-bucket/out policies/*.yml',
        '  $ c7n-ts org report -c accounts.yml -s s3://my-c7n-bucket/out policies/*.yml',
        '',
        'See docs/org-fanout.md.',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-deploy-fanout.js')));
}
