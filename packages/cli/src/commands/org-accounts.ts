import type { Command } from 'commander';
import { collect, lazy, positiveInt, regionName } from './options.js';

/** `c7n-ts org accounts`: c7n-org's accounts.yml from AWS Organizations. */
export function registerOrgAccounts(org: Command): void {
  org
    .command('accounts')
    .description(
      "Write c7n-org's accounts.yml from AWS Organizations: each account's name, account_id, role, " +
        'regions, its tags as key:value (and as vars) and its OU path as path:/A, path:/A/B tags.',
    )
    .option('-f, --output <file>', 'write the file here (atomically); default stdout')
    .option(
      '--role <template>',
      'the role to assume in each account: a role name, or an ARN template with {Id} (or {account_id}), {Name}, {Email}, {OrgId}, {Path}',
      'arn:aws:iam::{Id}:role/OrganizationAccountAccessRole',
    )
    .option(
      '--name <template>',
      'the name of each account (its output directory): a template with {name}, {account_id}, {email}, {display_name}, {org_id}',
      '{name}',
    )
    .option(
      '--ou <path-or-id>',
      'only the accounts in this OU and the OUs under it: a path (/Workloads/Prod) or an id (ou-ab12-cd34ef56); repeatable; default /, the whole organization',
      collect,
      [],
    )
    .option(
      '-r, --regions <region>',
      'regions to write for every account (repeatable), or all; default none (org run then uses its own default)',
      (value: string, previous: string[]) => collect(regionName(value), previous),
      [],
    )
    .option('-a, --active', 'leave out accounts that are not ACTIVE (suspended, closing)')
    .option('-i, --ignore <account-id>', 'leave out this account (repeatable)', collect, [])
    .option(
      '--assume <arn>',
      'role to assume before calling Organizations (in the management or a delegated account)',
    )
    .option('--profile <name>', 'AWS shared-config profile')
    .option(
      '--replay <dir>',
      'serve every AWS call from recorded flight data in DIR (no network, no credentials)',
    )
    .option('--record <dir>', 'record every AWS response into DIR as flight data')
    .option('--flight-log <file>', 'with --replay/--record: write every call made, in order, to FILE')
    .option(
      '--max-attempts <n>',
      'attempts per AWS call (throttling is retried with backoff)',
      positiveInt('--max-attempts'),
      8,
    )
    .addHelpText(
      'after',
      [
        '',
        'Calls ListRoots, ListOrganizationalUnitsForParent and ListAccountsForParent to walk the tree,',
        'DescribeOrganizationalUnit and ListParents for an --ou given by id, and ListTagsForResource per',
        'account; it needs organizations:List* and organizations:Describe* in the management account',
        '(or a delegated administrator). The output is what c7n-org orgaccounts writes, so c7n-org reads it too;',
        'select accounts by tag with `org run --tags env:prod` or by OU with `--tags path:/Workloads`.',
        '',
        'Exit codes: 0 written, 1 an AWS call failed (nothing written), 2 invalid input (a flag, an',
        '--ou that does not exist, two accounts given the same name).',
        '',
        'Examples:',
        '  $ c7n-ts org accounts -f accounts.yml',
        '  $ c7n-ts org accounts -f accounts.yml --role Custodian --ou /Workloads -r us-east-1 -r eu-west-1 --active',
        "  $ c7n-ts org accounts --assume arn:aws:iam::111111111111:role/OrgReader --name '{name}-{account_id}' > accounts.yml",
      ].join('\n'),
    )
    .action(lazy(() => import('../actions/org-accounts.js')));
}
