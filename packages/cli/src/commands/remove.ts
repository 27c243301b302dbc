import type { Command } from 'commander';
import { accountOptions, collect, lazy, regionName } from './options.js';

export function register(program: Command): void {
  const cmd = program
    .command('remove')
    .description(
      'Remove what `run` deployed for Lambda-mode policies: the EventBridge rule and its targets, the ' +
        'function (with its invoke permission) and its log group. Each is removed only when its ' +
        'c7n-ts:policy tag names that policy; anything else is left alone with a warning.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option('-p, --policy-filter <glob>', 'only policies whose name matches (repeatable)', collect, [])
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option('--strict', 'treat validation warnings as errors');
  accountOptions(cmd, (v, prev) => collect(regionName(v), prev))
    .addHelpText(
      'after',
      [
        '',
        'Removing twice is harmless: what is already gone is reported as such.',
        'Exit codes: 0 done (warnings included), 1 a call failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts remove policies/ec2-tag-new.yml',
        '  $ c7n-ts remove -p "ec2-*" -r us-east-1 -r eu-west-1 policies/*.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/remove.js')));
}
