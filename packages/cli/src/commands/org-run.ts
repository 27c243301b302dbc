import type { Command } from 'commander';
import { archiveOption, collect, lazy, positiveInt, regionName } from './options.js';

/** `c7n-ts org run`: the policies in every selected account×region of c7n-org's accounts.yml. */
export function registerOrgRun(org: Command): void {
  const cmd = org
    .command('run')
    .description(
      "Run policies in every account and region of c7n-org's accounts.yml: assume each account's role, " +
        'run the policies in each of its regions as `run` does (deploying Lambda-mode policies there), ' +
        'and print a summary. Writes OUT/<account-name>/<region>/<policy>/ (the files `run` writes, ' +
        'deploy.json for a deployed policy) and ' +
        'OUT/<account-name>/<region>/org-error.json for an account×region that could not run.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)');
  orgOptions(
    cmd,
    'run',
    'text (a table: a row per account×region, a column of matched counts per policy) or json (the same, with fetched counts, statuses and errors)',
  )
    .requiredOption(
      '-s, --output-dir <dir>',
      "where to write OUT/<account-name>/<region>/<policy>/: a directory, or s3://bucket/prefix (written with the caller's credentials)",
    )
    .option('-p, --policy-filter <glob>', 'run only policies whose name matches (repeatable)', collect, [])
    .option('--resource <type>', 'run only policies on this resource type (repeatable)', collect, [])
    .option(
      '-d, --dryrun',
      'make no changes: write plan.json / plan.txt describing what each action would do (Lambda-mode policies are evaluated here, not deployed)',
    )
    .addOption(archiveOption())
    .option(
      '--var <key=value>',
      "a variable for {key} in policy strings (repeatable; wins over accounts.yml's vars)",
      collect,
      [],
    )
    .option('--strict', 'treat validation warnings as errors')
    .option(
      '--fanout [name-or-arn]',
      'run every account×region in AWS Step Functions, on the fan-out `org deploy-fanout` created (default name c7n-ts-org-fanout); -s is then s3://bucket/prefix',
    )
    .option(
      '--fanout-region <region>',
      "the fan-out state machine's region (default AWS_REGION, else us-east-1)",
    )
    .option(
      '--flight-log <file>',
      'with --replay/--record and -s s3://... or --fanout: write every call made, in order, to FILE',
    )
    .option(
      '--template-dir <dir>',
      "where notify looks for templates before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .addHelpText(
      'after',
      [
        '',
        "accounts.yml is c7n-org's file, unchanged: accounts: with account_id (12 digits, quoted), name,",
        'role (an ARN, a role name in that account, or a list of ARNs assumed in turn), external_id,',
        'profile (in place of role), regions, tags (key:value strings) and vars (for {name} in policies;',
        'a top-level vars: fills the names an account does not set). Default regions, as c7n-org:',
        'us-east-1 and us-west-2. A misspelt key is an error with a did-you-mean; an unknown one a warning.',
        '',
        'Each account×region runs on its own (at most --concurrency at once) with credentials from',
        'sts:AssumeRole (ExternalId when given). One that fails (the role cannot be assumed, a disabled',
        'region, throttling after retries) is recorded in OUT/<account-name>/<region>/org-error.json',
        '(OUT/<account-name>/org-error.json when -r all could not list the regions) and in the summary;',
        'the others go on.',
        '',
        'A policy with a Lambda mode (cloudtrail, periodic, schedule, config-rule...) is deployed into',
        "each account×region as `run` deploys it, with that account's id in its names and role",
        '({account_id}), and OUT/<account-name>/<region>/<policy>/deploy.json says what was done; the',
        'summary shows "deployed" (or FAIL, and the reason on stderr). With --dryrun it is evaluated',
        'in pull mode instead, as `run --dryrun` does. `org remove` and `org prune` take them down.',
        '',
        'Replay layout (--replay DIR), placebo files as for `run --replay`:',
        "  DIR/<account-name>/<region>/   that account×region's answers, when the folder exists;",
        "  DIR/<account-name>/            else that account's answers, the same in each region.",
        'Each account×region reads its folder from _1 on, so results do not depend on --concurrency.',
        "sts.AssumeRole_<n>.json there answers the caller's AssumeRole of that account's role(s)",
        '(an {"Error": {"Code": "AccessDenied"}} answer makes it fail); with -r all,',
        'DIR/<account-name>/ec2.DescribeRegions_1.json lists its regions. Each account×region writes',
        'its calls to OUT/<account-name>/<region>/flight-log.json.',
        '',
        'With -s s3://bucket/prefix the same files are PutObjects under prefix/<account-name>/<region>/,',
        "made with the caller's credentials (--profile or the environment's; an account with profile:",
        'writes with that profile), as c7n-org writes its S3 output, so only the caller needs s3:PutObject',
        'and s3:DeleteObject (an earlier org-error.json is deleted) there. A write that fails is that',
        "account×region's failure (error: output ...). Replayed, the S3 answers are in that",
        "account×region's folder; --flight-log FILE gets every account×region's calls.",
        '',
        'Exit codes: 0 every account×region and policy ran, 1 one failed, 2 invalid input (nothing was run).',
        '',
        'Examples:',
        '  $ c7n-ts org run -c accounts.yml -s out policies/ec2.yml',
        '  $ c7n-ts org run -c accounts.yml -s out -a dev -a staging -r all --dryrun policies/*.yml',
        '  $ c7n-ts org run -c accounts.yml -s out --tags env:prod -p "ec2-*" -o json policies/ec2.yml',
        '  $ c7n-ts org run -c accounts.yml -s out -r us-east-1 policies/ec2-tag-new.yml   # a cloudtrail-mode policy',
        '  $ c7n-ts org run -c test/e2e/org/accounts.yml -s out --replay test/e2e/org/flight test/e2e/org/ec2.yml',
        '  $ c7n-ts org run -c accounts.yml -s s3://my-bucket/org policies/*.yml   # read back with org report -s s3://...',
        '  $ c7n-ts org run --fanout -c accounts.yml -s s3://my-bucket/out policies/*.yml   # docs/org-fanout.md',
        '',
        'See docs/org.md.',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-run.js')));
}

/**
 * The options every org subcommand shares: accounts.yml and its selection, regions, the pool,
 * how to reach the accounts, and the summary's format. `verb` words the help ("run", "remove from").
 */
export function orgOptions(cmd: Command, verb: string, output: string): Command {
  return cmd
    .requiredOption('-c, --config <file>', "accounts file in c7n-org's format (accounts.yml)")
    .option(
      '-a, --accounts <name>',
      `${verb} only this account, by name or id (repeatable, or a,b)`,
      collect,
      [],
    )
    .option('--not-accounts <name>', 'skip this account, by name or id (repeatable, or a,b)', collect, [])
    .option(
      '-t, --tags <key:value>',
      `${verb} only accounts with this tag in accounts.yml's tags (repeatable: every one must be there)`,
      collect,
      [],
    )
    .option(
      '-r, --region <region>',
      `region to ${verb} in, in place of each account's regions (repeatable); all: every region enabled in each account`,
      (value: string, previous: string[]) => collect(regionName(value), previous),
      [],
    )
    .option('--concurrency <n>', `account×regions worked on at once`, positiveInt('--concurrency'), 8)
    .option(
      '--max-attempts <n>',
      'attempts per AWS call (throttling is retried with backoff)',
      positiveInt('--max-attempts'),
      8,
    )
    .option('--profile <name>', "AWS shared-config profile whose credentials assume each account's role")
    .option(
      '--replay <dir>',
      'serve every AWS call from flight data in DIR/<account-name>[/<region>]/ (no network, no credentials)',
    )
    .option('--record <dir>', 'record every AWS response into DIR/<account-name>/<region>/ as flight data')
    .option('-o, --output <format>', output, 'text');
}
