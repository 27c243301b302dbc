/**
 * `config.json` of the fan-out function: the policies as the loader validated them, once per
 * distinct set of account vars (as `org run` loads them), so the function never parses YAML.
 * Each item names its vars; the function runs the set loaded with those vars.
 */
import type { LoadedPolicy } from '@c7n-ts/core';
import type { LambdaConfig } from '../lambda/config.js';

export interface FanoutPolicySet {
  /** The `key=value` vars the policies were loaded with (the account's, then `--var`). */
  vars: string[];
  policies: LambdaConfig['policy'][];
}

export interface FanoutConfig {
  /** c7n-ts version that built the archive. */
  version: string;
  sets: FanoutPolicySet[];
}

/** One account×region to run, as the fan-out function receives it. */
export interface FanoutItem {
  account: string;
  account_id: string;
  region: string;
  /** Role ARNs, assumed in turn (c7n-org's chain); empty: the function's own role. */
  roles: string[];
  external_id?: string;
  /** `s3://bucket/prefix`: the run's output, written under `<account>/<region>/`. */
  output: string;
  /** Run only these policies (org run's -p/--resource selection); all when absent. */
  policies?: string[];
  vars: string[];
  dryrun: boolean;
  /** The Lambda archives of its Lambda-mode policies, built and uploaded by `org run --fanout`. */
  archives?: FanoutArchiveRef[];
}

/** Where one Lambda-mode policy's archive is, in the fan-out's own bucket, and its CodeSha256. */
export interface FanoutArchiveRef {
  policy: string;
  bucket: string;
  key: string;
  /** Base64 SHA-256 of the zip, as Lambda's CodeSha256 (unchanged: no code update). */
  sha256: string;
}

/** The key=value list an account's policies are loaded with: its own vars, then `--var`s. */
export function varsList(
  accountVars: Readonly<Record<string, string>>,
  cliVars: readonly string[],
): string[] {
  const own = Object.entries(accountVars)
    .filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
    .map(([k, v]) => `${k}=${v}`);
  return [...own, ...cliVars];
}

export function fanoutConfig(
  sets: readonly { vars: readonly string[]; policies: readonly LoadedPolicy[] }[],
  version: string,
): FanoutConfig {
  return {
    version,
    sets: sets.map((s) => ({
      vars: [...s.vars],
      policies: s.policies.map((p) => ({
        name: p.name,
        resourceType: p.resourceType,
        data: p.data,
        file: p.file.split(/[\\/]/).pop() ?? p.file,
      })),
    })),
  };
}

/** The policies of `item`'s vars (and selection), as the engine takes them. */
export function policiesOf(config: FanoutConfig, item: FanoutItem, bundleDir: string): LoadedPolicy[] {
  const key = JSON.stringify(item.vars);
  const set = config.sets.find((s) => JSON.stringify(s.vars) === key);
  if (!set)
    throw new Error(
      `no policies were deployed for the vars [${item.vars.join(', ')}] of account ${item.account}: run c7n-ts org deploy-fanout again with this accounts.yml`,
    );
  const wanted = item.policies && new Set(item.policies);
  return set.policies
    .filter((p) => !wanted || wanted.has(p.name))
    .map((p, index) => ({ ...p, baseDir: bundleDir, index, location: { line: 1, col: 1 } }));
}
