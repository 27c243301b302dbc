import type { Command } from 'commander';

/** `c7n-ts org run` (being built). */
export function registerOrgRun(org: Command): void {
  org.command('run').description('(not built yet)');
}
