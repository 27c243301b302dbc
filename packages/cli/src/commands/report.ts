import { type Command, Option } from 'commander';
import { collect, lazy } from './options.js';

export function register(program: Command): void {
  program
    .command('report')
    .description('Show the resources the last run of each policy matched, from OUT/<policy>/resources.json.')
    .argument('<files...>', 'the policy files that were run')
    .requiredOption('-s, --output-dir <dir>', 'the directory given to `run -s`')
    .addOption(
      new Option(
        '--format <format>',
        'table (one per policy; grid, the name Cloud Custodian uses, is the same), csv or json (one row per resource, with a policy column)',
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
    .option('-r, --region <region>', 'the region subdirectory, when the run used several regions')
    .option('-p, --policy-filter <name>', 'only this policy')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 ok, 1 a policy has no output (not run yet) or its last run failed (shown as FAILED,',
        'with what each action failed on or was not run on), 2 invalid input (a policy file,',
        'a missing -s directory, a malformed resources.json).',
        '',
        'Examples:',
        '  $ c7n-ts report -s out policies/ec2.yml',
        '  $ c7n-ts report -s out --format csv --field Owner=tag:Owner --field Type=InstanceType ec2.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/report.js')));
}
