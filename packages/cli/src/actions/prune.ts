/** `c7n-ts prune`: finds (and with --yes removes) deployments of policies no longer in the files. */
import { type Deployed, listDeployed, prunable, removeDeployed } from '@c7n-ts/aws';
import { type AccountFlags, providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_OK, Exit } from '../exit.js';
import { loadOrExit } from '../load.js';
import { removeLine } from './remove.js';

interface Flags extends AccountFlags {
  yes?: boolean;
  var: string[];
  strict?: boolean;
}

export default async function prune(files: string[], flags: Flags) {
  const { policies } = await loadOrExit(files, flags);
  const provider = await providerFor(flags);
  let failed = false;
  for (const region of provider.regions) {
    const env = { send: provider.send, region, accountId: provider.accountId };
    let stale: Deployed[];
    try {
      stale = prunable(
        await listDeployed(env),
        policies.map((p) => p.name),
      );
    } catch (err) {
      process.stderr.write(`c7n-ts: ${region}: cannot list deployments: ${(err as Error).message}\n`);
      failed = true;
      continue;
    }
    if (stale.length === 0) process.stdout.write(`${region}: nothing to prune\n`);
    for (const d of stale) {
      if (!flags.yes) {
        process.stdout.write(`${d.policy}  ${region}  ${describe(d)}\n`);
        continue;
      }
      const r = await removeDeployed(d, env);
      failed ||= Boolean(r.error);
      process.stdout.write(`${removeLine(r)}\n`);
      for (const w of r.warnings) process.stderr.write(`c7n-ts: ${r.policy}: ${w}\n`);
    }
    if (stale.length && !flags.yes)
      process.stdout.write(
        `${stale.length} policy deployment(s) in ${region} are not in the files; run again with --yes to remove them\n`,
      );
  }
  if (flags.flightLog && provider.clients.mode !== 'live') await writeFlightLog(provider, flags.flightLog);
  throw new Exit(failed ? EXIT_FAILURE : EXIT_OK);
}

/** `function x, rule x, log group y`: what a deployment consists of. */
export function describe(d: Deployed): string {
  return [
    ...d.functions.map((n) => `function ${n}`),
    ...d.rules.map((n) => `rule ${n}`),
    ...(d.schedules ?? []).map((s) => `schedule ${s.group}/${s.name}`),
    ...d.logGroups.map((n) => `log group ${n}`),
  ].join(', ');
}
