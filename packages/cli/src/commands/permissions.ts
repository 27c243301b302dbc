import type { Command } from 'commander';
import { collect, lazy } from './options.js';

export function register(program: Command): void {
  program
    .command('permissions')
    .description(
      'Print the IAM policy document the given policies need: the actions of their resource types, ' +
        'filters, actions and modes (for a Lambda-mode policy also what its function needs to log and ' +
        'write its output). With --deploy, what the user running `run`, `remove` and `prune` needs instead.',
    )
    .argument('[files...]', 'policy files (YAML or JSON)')
    .option('-p, --policy-filter <glob>', 'only policies whose name matches (repeatable)', collect, [])
    .option('--per-policy', 'one document per policy, keyed by policy name')
    .option('--explain', 'list each action with the elements that need it instead of a document')
    .option('--deploy', 'the permissions needed to deploy, remove and prune (no files needed)')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option('--strict', 'treat validation warnings as errors')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 printed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts permissions policies/*.yml',
        '  $ c7n-ts permissions --per-policy --explain policies/ec2.yml',
        '  $ c7n-ts permissions --deploy',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/permissions.js')));
}
