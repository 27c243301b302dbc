import type { Command } from 'commander';

/** `c7n-ts org report` (being built). */
export function registerOrgReport(org: Command): void {
  org.command('report').description('(not built yet)');
}
