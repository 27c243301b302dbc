import type { Command } from 'commander';
import { accountOptions, collect, lazy, regionName } from './options.js';

export function register(program: Command): void {
  const cmd = program
    .command('prune')
    .description(
      'List what c7n-ts deployed (functions, rules and log groups tagged c7n-ts:policy) for policies ' +
        'that are not in the given files; with --yes, remove them as `remove` does.',
    )
    .argument('<files...>', 'policy files (YAML or JSON): the policies to keep')
    .option('--yes', 'remove what is listed (without it nothing is changed)')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option('--strict', 'treat validation warnings as errors');
  accountOptions(cmd, (v, prev) => collect(regionName(v), prev))
    .addHelpText(
      'after',
      [
        '',
        'Files that do not load stop the command (exit 2): their policies would look deleted.',
        'Exit codes: 0 done, 1 a call failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts prune policies/*.yml',
        '  $ c7n-ts prune --yes -r us-east-1 -r eu-west-1 policies/*.yml',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/prune.js')));
}
