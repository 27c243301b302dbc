/**
 * `c7n-ts org`: policies across the accounts of an organisation, as Cloud Custodian's c7n-org
 * runs them (its accounts.yml unchanged). Each subcommand's definition has its own module.
 */
import type { Command } from 'commander';
import { registerOrgAccounts } from './org-accounts.js';
import { registerOrgDeployFanout } from './org-fanout.js';
import { registerOrgPrune } from './org-prune.js';
import { registerOrgRemove } from './org-remove.js';
import { registerOrgReport } from './org-report.js';
import { registerOrgRun } from './org-run.js';

export function register(program: Command): void {
  const org = program
    .command('org')
    .description(
      "Run policies across many AWS accounts and regions, reading c7n-org's accounts.yml (run, report, accounts, remove, prune).",
    );
  registerOrgRun(org);
  registerOrgReport(org);
  registerOrgAccounts(org);
  registerOrgRemove(org);
  registerOrgPrune(org);
  registerOrgDeployFanout(org);
}
