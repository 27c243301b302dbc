import { type Command, Option } from 'commander';
import { collect, lazy, regionName, singleRegion } from './options.js';

/** `-r a,b` as c7n-org takes it, each name checked. */
function regions(value: string, previous: string[]): string[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...previous, ...names.map(regionName)];
}

/** `c7n-ts org report`: the output of `org run` across accounts and regions, merged. */
export function registerOrgReport(org: Command): void {
  org
    .command('report')
    .description(
      'Show the resources the last `org run` matched in every account and region, from ' +
        'OUT/<account>/<region>/<policy>/resources.json (a directory, or the s3://bucket/prefix of `org run --fanout`), ' +
        'merged with policy, account, account_id and region columns.',
    )
    .argument('<files...>', 'the policy files that were run')
    .requiredOption('-c, --config <file>', "c7n-org's accounts.yml, the one given to `org run`")
    .requiredOption('-s, --output-dir <dir>', 'the directory, or s3://bucket/prefix, given to `org run -s`')
    .option(
      '-a, --accounts <name>',
      'only this account, by name or id (repeatable, or comma-separated)',
      collect,
      [],
    )
    .option(
      '--not-accounts <name>',
      'leave out this account, by name or id (repeatable, or comma-separated)',
      collect,
      [],
    )
    .option(
      '-t, --tags <key:value>',
      'only accounts with this tag among their accounts.yml tags (repeatable: all of them)',
      collect,
      [],
    )
    .option(
      '-r, --region <region>',
      "only this region (repeatable, or comma-separated), or all for every region directory the run wrote; default each account's regions, else us-east-1 and us-west-2",
      regions,
      [],
    )
    .option('-p, --policy <name>', 'only this policy (repeatable, or comma-separated)', collect, [])
    .addOption(
      new Option(
        '--format <format>',
        'table (one per policy; grid is the same), csv or json (one row per resource, with policy, account, account_id and region columns)',
      )
        .choices(['table', 'grid', 'csv', 'json'])
        .default('table'),
    )
    .option(
      '--field <header=key>',
      'an extra column: HEADER=KEY, KEY as in a value filter (tag:NAME or JMESPath); repeatable',
      collect,
      [],
    )
    .option('--no-default-fields', "leave out the resource type's default columns")
    .option(
      '--s3-region <region>',
      "with -s s3://: the bucket's region (the SDK follows a redirect to another); default AWS_REGION or us-east-1",
      singleRegion,
    )
    .option('--profile <name>', 'with -s s3://: AWS shared-config profile')
    .option('--assume-role <arn>', 'with -s s3://: IAM role to assume first')
    .option('--replay <dir>', 'with -s s3://: serve every S3 call from recorded flight data in DIR')
    .option('--record <dir>', 'with -s s3://: record every S3 response into DIR as flight data')
    .option('--flight-log <file>', 'with --replay/--record: write every call made, in order, to FILE')
    .addHelpText(
      'after',
      [
        '',
        'Accounts and regions are chosen as c7n-org report chooses them: -a and --tags select',
        'accounts from accounts.yml, and each is read in the -r regions, else its own `regions`,',
        'else us-east-1 and us-west-2. A policy that has no output in an account and region, or whose',
        'run there failed (its metadata.json, or the org-error.json `org run` writes where an account',
        'and region could not run), is listed under its table heading and on stderr; a policy run that',
        'failed in an action still shows its resources. Unlike c7n-org, policies on several resource types',
        'may be reported together (csv: the union of their columns). Rows are written as they are',
        'read: memory does not grow with the number of accounts.',
        '',
        'With -s s3://bucket/prefix the same layout is read with s3:GetObject (and s3:ListObjectsV2',
        "for -r all, and once to check the prefix), with the caller's credentials, --profile or",
        '--assume-role: a key that does not exist is an output that is missing.',
        '',
        'Exit codes: 0 ok, 1 a policy has no output in an account and region, or its run there',
        'failed (or the bucket could not be listed), 2 invalid input (a policy file, accounts.yml, a',
        'flag, a missing -s directory, bucket or prefix, a malformed resources.json).',
        '',
        'Examples:',
        '  $ c7n-ts org report -c accounts.yml -s out policies/ec2.yml',
        '  $ c7n-ts org report -c accounts.yml -s out --format csv -t env:prod -r eu-west-1 policies/ec2.yml > ec2.csv',
        '  $ c7n-ts org report -c accounts.yml -s out --format json -a dev,staging --field Owner=tag:Owner ec2.yml',
        '  $ c7n-ts org report -c accounts.yml -s s3://my-c7n-bucket/out --s3-region eu-west-1 policies/*.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-report.js')));
}
