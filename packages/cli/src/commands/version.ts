import type { Command } from 'commander';
import { version } from '../version.js';

export function register(program: Command): void {
  program
    .command('version')
    .description('Print the c7n-ts version.')
    .addHelpText('after', '\nExample:\n  $ c7n-ts version')
    .action(() => {
      process.stdout.write(`c7n-ts ${version} (node ${process.version})\n`);
    });
}
