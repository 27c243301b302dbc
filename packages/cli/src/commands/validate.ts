import type { Command } from 'commander';
import { collect, lazy } from './options.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description(
      'Check policy files against the schema and the registry without touching any cloud account. ' +
        'Every problem is reported as FILE:LINE:COL with a suggestion where one fits.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option(
      '--strict',
      'treat warnings (e.g. a value-filter key that is not a field of the resource) as errors',
    )
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option(
      '--template-dir <dir>',
      "where notify templates are looked up before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .option('-o, --output <format>', 'text or json', 'text')
    .addHelpText(
      'after',
      '\nExit codes: 0 valid, 2 invalid input.\n\nExamples:\n  $ c7n-ts validate policies/*.yml\n  $ c7n-ts validate --strict --output json ec2.yml',
    )
    .action(lazy(() => import('../actions/validate.js')));
}
