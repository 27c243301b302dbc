/**
 * Every call a policy makes must be one its permissions declare: they become the IAM policy of a
 * deployed function's role and decide which SDK clients and commands its Lambda archive keeps
 * (lambda/services.ts neededOperations; a client no permission names is a stub that throws, and
 * a slim client keeps the named commands only). `uncoveredCalls` finds the calls of a replayed
 * run that the run's policies do not cover, by the archive's own rule.
 */
import { awsRegistry, DEPLOY_CALL_PERMISSIONS, endpointPrefixes, services } from '@c7n-ts/aws';
import { type LoadedPolicy, loadPolicies, parseVarArgs, type Registry } from '@c7n-ts/core';
import { slimClientSource } from '../../packages/aws/src/clients/slim.js';
import { neededOperations, sdkPackageOf } from '../../packages/aws/src/lambda/services.js';

export interface Call {
  service: string;
  operation: string;
  input?: unknown;
}

let registry: Registry | undefined;
const reg = () => {
  registry ??= awsRegistry();
  return registry;
};

/** Endpoint prefix (the flight log's `service`) -> the service keys of its clients (`elasticloadbalancing` -> elb, elbv2). */
const keysOfPrefix = new Map<string, string[]>();
for (const [key, info] of Object.entries(services)) {
  const prefix = endpointPrefixes[info.client] ?? key;
  keysOfPrefix.set(prefix, [...(keysOfPrefix.get(prefix) ?? []), key]);
}

/** What the slim client built from `ops` keeps (lambda/package.ts slimClients): its commands, or all. */
const keptCache = new Map<string, string[] | 'all'>();
function kept(service: string, ops: ReadonlySet<string>): string[] | 'all' {
  const pkg = sdkPackageOf(service);
  const id = `${pkg}|${[...ops].sort().join(',')}`;
  let k = keptCache.get(id);
  if (k === undefined) {
    k = slimClientSource(pkg, ops).kept;
    keptCache.set(id, k);
  }
  return k;
}

/** How the policy's archive serves the call: its own command, every command of the client (a name that is no command), or not at all. */
export function coverage(
  call: Call,
  needed: ReadonlyMap<string, ReadonlySet<string>>,
): 'named' | 'all' | 'none' {
  let how: 'all' | 'none' = 'none';
  for (const key of keysOfPrefix.get(call.service) ?? [call.service]) {
    const ops = needed.get(key);
    if (!ops) continue;
    if (ops.has(call.operation)) return 'named';
    if (kept(key, ops) === 'all') how = 'all';
  }
  return how;
}

export interface Uncovered {
  /** `ec2.CreateSnapshots`. */
  call: string;
  /** The policies whose permissions were asked (all of the file's: the flight log does not say which made the call). */
  policies: string[];
}

/**
 * Loads the case's policies as `run` does (`--var` from `args`) and returns each distinct call
 * of `log` that no policy's archive would serve (`uncovered`), and those served only because
 * a permission name is no command of the client, so every command is kept (`unnamed`): the
 * archive works, but no IAM action of the role names the call.
 *
 * Calls that are the run's own, not a policy's, are left out: STS GetCallerIdentity, the S3
 * output's PutObject (`-s s3://BUCKET/...`), and the deploy calls of a run that deploys a
 * Lambda-mode policy (deploy/permissions.ts DEPLOY_CALL_PERMISSIONS, the deployer's).
 */
export function uncoveredCalls(
  policyFile: string | { path: string; text: string },
  args: readonly string[],
  log: readonly Call[],
  /** `invoke` runs a Lambda-mode policy's function: it deploys nothing. */
  command: 'run' | 'invoke' = 'run',
): { uncovered: Uncovered[]; unnamed: Uncovered[] } {
  const after = (flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
  const vars = parseVarArgs(after('--var')).vars;
  // `-p` globs, as run's and invoke's policy selection.
  const globs = after('-p').map((g) => new RegExp(`^${g.split('*').map(escapeRegExp).join('.*')}$`));
  const policies = loadPolicies(typeof policyFile === 'string' ? [policyFile] : [policyFile], reg(), {
    vars,
  }).policies.filter((p) => globs.length === 0 || globs.some((g) => g.test(p.name)));
  const dryrun = args.includes('--dryrun');
  const deploys = command === 'run' && !dryrun && policies.some((p) => isServerless(p));
  const outIndex = args.findIndex((a) => a === '-s' || a === '--output-dir');
  const outBucket = /^s3:\/\/([^/]+)/.exec(args[outIndex + 1] ?? '')?.[1];
  const needed = policies.map((p) => neededOperations(p, reg()));
  const names = policies.map((p) => p.name);
  const uncovered = new Set<string>();
  const unnamed = new Set<string>();
  for (const call of log) {
    const name = `${call.service}.${call.operation}`;
    if (name === 'sts.GetCallerIdentity') continue;
    if (deploys && name in DEPLOY_CALL_PERMISSIONS) continue;
    if (outBucket && name === 's3.PutObject' && (call.input as { Bucket?: string })?.Bucket === outBucket)
      continue;
    const how = needed.map((n) => coverage(call, n));
    if (how.includes('named')) continue;
    (how.includes('all') ? unnamed : uncovered).add(name);
  }
  const list = (s: Set<string>) => [...s].sort().map((call) => ({ call, policies: names }));
  return { uncovered: list(uncovered), unnamed: list(unnamed) };
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function isServerless(p: LoadedPolicy): boolean {
  const type = (p.data.mode as { type?: string } | undefined)?.type;
  return type !== undefined && Boolean(reg().mode(type)?.serverless);
}

/** `policy P calls ec2.CreateSnapshots; its permissions do not name it`, one line each. */
export function describeUncovered(items: readonly Uncovered[]): string {
  return items
    .map(
      (u) =>
        `policy ${u.policies.join(' or ')} calls ${u.call}; ${u.policies.length > 1 ? 'their' : 'its'} permissions do not name it`,
    )
    .join('\n');
}
