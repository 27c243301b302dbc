import type { Command } from 'commander';

/** `c7n-ts org accounts` (being built). */
export function registerOrgAccounts(org: Command): void {
  org.command('accounts').description('(not built yet)');
}
