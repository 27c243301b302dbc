import type { Command } from 'commander';
import { collect, lazy } from './options.js';

export function register(program: Command): void {
  program
    .command('package')
    .description(
      "Build the Lambda archive of a policy with a Lambda mode (any mode but pull; `c7n-ts schema mode` lists them): the c7n-ts handler bundled with only the SDK clients the policy's permissions name, and the validated policy. " +
        'The same policy always gives the same bytes (CodeSha256). Makes no AWS call.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .requiredOption('-o, --out <file>', 'where to write the zip')
    .option('-p, --policy-filter <glob>', 'the policy to package, when the files hold several', collect, [])
    .option('--strict', 'treat validation warnings as errors')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option(
      '--template-dir <dir>',
      "where notify templates are looked up before the policy file's directory (repeatable); found templates go into the archive",
      collect,
      [],
    )
    .addHelpText(
      'after',
      [
        '',
        'The archive holds index.mjs (handler index.handler, Node.js 20), config.json (the policy) and',
        'templates/ (custom notify templates). Deploy it yourself, or with `c7n-ts deploy`.',
        '',
        'Exit codes: 0 written, 1 the archive could not be built, 2 invalid input (including an -o',
        'path that cannot be written).',
        '',
        'Examples:',
        '  $ c7n-ts package policies/rds.yml -p rds-delete-public -o rds-delete-public.zip',
        '  $ c7n-ts package ec2-auto-tag.yml -o out/ec2-auto-tag.zip',
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/package.js')));
}
