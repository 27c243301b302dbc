import type { Command } from 'commander';
import { lazy } from './options.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description(
      'List resource types, filters, actions and modes, or show one with its doc, example, permissions and option schema.',
    )
    .argument('[path]', 'e.g. aws, aws.ec2, ec2.filters, aws.ec2.filters.value, mode.periodic', '')
    .option('--json', 'print as JSON')
    .option(
      '--missing',
      "list what Cloud Custodian has and c7n-ts does not support yet: resource types, each supported type's filters and actions, modes; [path] narrows it to one type",
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 found, 2 unknown path (with a suggestion).\n\nExamples:\n  $ c7n-ts schema\n  $ c7n-ts schema aws.ec2.actions\n  $ c7n-ts schema aws.ec2.filters.instance-age --json\n  $ c7n-ts schema --missing\n  $ c7n-ts schema --missing aws.ec2 --json',
    )
    .action(lazy(() => import('../actions/schema.js')));
}
