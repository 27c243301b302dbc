/** `c7n-ts permissions`: the IAM policy a set of policies needs, or what deploying them needs. */
import { DEPLOY_CALL_PERMISSIONS, deployerPermissions, functionPermissions } from '@c7n-ts/aws';
import { type LoadedPolicy, policyPermissions } from '@c7n-ts/core';
import { EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { isDeployed } from './deploy.js';
import { globToRegExp } from './run.js';

interface Flags {
  policyFilter: string[];
  perPolicy?: boolean;
  explain?: boolean;
  deploy?: boolean;
  var: string[];
  strict?: boolean;
}

export default async function permissions(files: string[], flags: Flags) {
  if (flags.deploy) {
    // Files are not needed here, but files given must still be there and valid.
    if (files.length) await loadOrExit(files, flags);
    const actions = deployerPermissions();
    // Each action explained by the calls that need it (`lambda.CreateFunction`).
    const sources: Record<string, string[]> = {};
    for (const [call, needs] of Object.entries(DEPLOY_CALL_PERMISSIONS))
      for (const a of needs) sources[a] = [...(sources[a] ?? []), call];
    print(flags.explain ? explain(actions, sources) : document(actions));
    throw new Exit(EXIT_OK);
  }
  if (files.length === 0) {
    process.stderr.write('c7n-ts permissions: give policy files, or --deploy\n');
    throw new Exit(EXIT_INVALID);
  }
  const { policies } = await loadOrExit(files, flags);
  const globs = flags.policyFilter.map(globToRegExp);
  const selected = policies.filter((p) => globs.length === 0 || globs.some((g) => g.test(p.name)));
  if (selected.length === 0) {
    process.stderr.write('no policy matches the -p selection\n');
    throw new Exit(EXIT_INVALID);
  }
  const each = selected.map((p) => ({ policy: p.name, ...permissionsOf(p) }));
  if (flags.perPolicy) {
    if (flags.explain)
      print(each.map((e) => `${e.policy}:\n${indent(explain(e.actions, e.sources))}`).join('\n\n'));
    else print(JSON.stringify(Object.fromEntries(each.map((e) => [e.policy, doc(e.actions)])), null, 2));
  } else {
    const sources: Record<string, string[]> = {};
    for (const e of each)
      for (const [a, from] of Object.entries(e.sources))
        sources[a] = [...(sources[a] ?? []), ...from.map((f) => `${e.policy}: ${f}`)];
    const actions = Object.keys(sources).sort();
    print(flags.explain ? explain(actions, sources) : document(actions));
  }
  throw new Exit(EXIT_OK);
}

/** The policy's actions with their sources, plus what its Lambda function needs. */
export function permissionsOf(policy: LoadedPolicy): {
  actions: string[];
  sources: Record<string, string[]>;
} {
  const registry = getRegistry();
  const rt = registry.resource(policy.resourceType);
  if (!rt) return { actions: [], sources: {} };
  const { sources } = policyPermissions(policy.data, rt, registry);
  const all: Record<string, string[]> = { ...sources };
  if (isDeployed(policy, registry, false))
    for (const [a, why] of Object.entries(
      functionPermissions(policy.data.mode as Record<string, unknown> | undefined),
    ))
      all[a] = [...(all[a] ?? []), why];
  const actions = Object.keys(all).sort();
  return { actions, sources: all };
}

const doc = (actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }],
});
const document = (actions: string[]) => JSON.stringify(doc(actions), null, 2);

function explain(actions: string[], sources: Record<string, string[]>): string {
  const width = Math.max(0, ...actions.map((a) => a.length));
  return actions.map((a) => `${a.padEnd(width)}  ${(sources[a] ?? []).join('; ')}`).join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

const print = (text: string) => process.stdout.write(`${text}\n`);
