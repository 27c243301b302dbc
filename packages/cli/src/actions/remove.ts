/** `c7n-ts remove`: tears down what `run` deployed for the given policies. */
import { deploymentNames, hubActionArn, type RemoveResult, removeDeployed } from '@c7n-ts/aws';
import { interpolatePolicy, type LoadedPolicy } from '@c7n-ts/core';
import { type AccountFlags, providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { isDeployed } from './deploy.js';
import { globToRegExp } from './run.js';

interface Flags extends AccountFlags {
  policyFilter: string[];
  var: string[];
  strict?: boolean;
}

export default async function remove(files: string[], flags: Flags) {
  const { policies, vars } = await loadOrExit(files, flags);
  const globs = flags.policyFilter.map(globToRegExp);
  const selected = policies.filter(
    (p) => (globs.length === 0 || globs.some((g) => g.test(p.name))) && isDeployed(p, getRegistry(), false),
  );
  if (selected.length === 0) {
    process.stderr.write('no Lambda-mode policy matches the selection; nothing to remove\n');
    throw new Exit(EXIT_INVALID);
  }
  const provider = await providerFor(flags);
  const results: RemoveResult[] = [];
  for (const region of provider.regions)
    for (const policy of selected) {
      const r = await removeDeployed(targetOf(policy, provider.accountId, region, vars), {
        send: provider.send,
        region,
        accountId: provider.accountId,
      });
      results.push(r);
      process.stdout.write(`${removeLine(r)}\n`);
      for (const w of r.warnings) process.stderr.write(`c7n-ts: ${r.policy}: ${w}\n`);
    }
  if (flags.flightLog && provider.clients.mode !== 'live') await writeFlightLog(provider, flags.flightLog);
  throw new Exit(results.some((r) => r.error) ? EXIT_FAILURE : EXIT_OK);
}

/** What `remove` takes down for a policy in one account and region (its names with that account's vars). */
export function targetOf(
  policy: LoadedPolicy,
  accountId: string,
  region: string,
  vars: Record<string, string>,
) {
  const data = interpolatePolicy(policy.data, {
    account_id: accountId,
    region,
    policy_name: policy.name,
    ...vars,
  });
  const mode = (data.mode ?? {}) as { type?: string; 'function-prefix'?: string; 'group-name'?: string };
  const names = deploymentNames(policy.name, mode['function-prefix']);
  // A schedule-mode policy has a Scheduler schedule where the others have a rule.
  const scheduled = mode.type === 'schedule';
  // A config mode has an AWS Config rule instead.
  const config = mode.type === 'config-rule' || mode.type === 'config-poll-rule';
  return {
    policy: policy.name,
    functions: [names.functionName],
    rules: scheduled || config ? [] : [names.ruleName],
    logGroups: [names.logGroupName],
    ...(scheduled && { schedules: [{ name: names.functionName, group: mode['group-name'] ?? 'default' }] }),
    ...(config && { configRules: [names.functionName] }),
    ...(mode.type === 'hub-action' && {
      actionTargets: [hubActionArn(policy.name, region, accountId)],
    }),
  };
}

/** `ok   POLICY  REGION  removed function x, rule x; not found: log group y`. */
export function removeLine(r: RemoveResult): string {
  const parts: string[] = [];
  if (r.removed.length) parts.push(`removed ${r.removed.join(', ')}`);
  if (r.missing.length) parts.push(`not found: ${r.missing.join(', ')}`);
  if (r.warnings.length) parts.push(`left alone: ${r.warnings.length}`);
  if (r.error) parts.push(`error: ${r.error}`);
  return `${r.error ? 'FAIL' : 'ok  '} ${r.policy}  ${r.region}  ${parts.join('; ') || 'nothing to do'}`;
}
