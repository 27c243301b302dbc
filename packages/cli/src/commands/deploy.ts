import type { Command } from 'commander';
import { accountOptions, archiveOption, collect, lazy, regionName } from './options.js';

export function register(program: Command): void {
  const cmd = program
    .command('deploy')
    .description(
      'Deploy Lambda-mode policies (every mode but pull) as `run` does: the function, its tagged log ' +
        'group, the EventBridge rule, its target and the invoke permission. With --dryrun, read what ' +
        'exists and print what would be created or updated, changing nothing.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option('-p, --policy-filter <glob>', 'only policies whose name matches (repeatable)', collect, [])
    .option(
      '-s, --output-dir <dir>',
      'also write OUT/<policy>/deploy.json (and flight-log.json with --replay/--record)',
    )
    .option('-d, --dryrun', 'a preview: only read (GetFunction, DescribeRule...), print what would change')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option('--strict', 'treat validation warnings as errors')
    .option(
      '--template-dir <dir>',
      "where notify templates are looked up before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .addOption(archiveOption());
  accountOptions(cmd, (v, prev) => collect(regionName(v), prev)).addHelpText(
    'after',
    [
      '',
      'Policies without a Lambda mode are left out (run them with `c7n-ts run`).',
      'Exit codes: 0 deployed (or previewed), 1 a deployment failed, 2 invalid input.',
      '',
      'Examples:',
      '  $ c7n-ts deploy --dryrun policies/ec2-tag-new.yml',
      '  $ c7n-ts deploy -p "ec2-*" -r us-east-1 -r eu-west-1 policies/*.yml',
    ].join('\n'),
  );
  cmd.action(lazy(() => import('../actions/deploy.js')));
}
