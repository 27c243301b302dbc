/**
 * The fan-out function's archive: fanout/handler.ts bundled by esbuild into `index.mjs` and
 * `config.json` with the policies embedded, as `package` embeds one policy. Built once per
 * deploy, so it is trimmed to the deployed policy set, with lambda/package.ts's plugins: the
 * registry holds the set's resource types (and the other types' declarations for related
 * filters), and each large SDK client (clients/slim.ts's isLargeClient: EC2, RDS...) keeps the
 * commands the set's permissions name, or is a stub when no policy names it. The other clients
 * stay whole: the handler's own calls (STS role chains, S3 outputs, the deploy of Lambda-mode
 * policies) go through them.
 */
import type { LoadedPolicy, Registry } from '@c7n-ts/core';
import { isLargeClient, pureSchemasPlugin } from '../clients/slim.js';
import { type Keep, LAMBDA_BUNDLE, policyRegistry, slimClients, stubClients } from '../lambda/package.js';
import { neededOperations, sdkPackageOf } from '../lambda/services.js';
import { codeSha256, zipFiles } from '../lambda/zip.js';
import { ownModule } from '../own-module.js';
import { awsRegistry } from '../registry.js';
import { fanoutConfig } from './config.js';

export interface FanoutArchive {
  zip: Uint8Array;
  sha256: string;
  size: number;
  files: string[];
}

export async function buildFanoutArchive(
  sets: readonly { vars: readonly string[]; policies: readonly LoadedPolicy[] }[],
  version: string,
  registry: Registry = awsRegistry(),
): Promise<FanoutArchive> {
  const policies = sets.flatMap((s) => s.policies);
  const files: Record<string, Uint8Array | string> = {
    'index.mjs': await bundleFanoutHandler(
      fanoutClients(policies, registry),
      policies.map((p) => p.resourceType),
    ),
    'config.json': `${JSON.stringify(fanoutConfig(sets, version), null, 1)}\n`,
  };
  const zip = await zipFiles(files);
  return { zip, sha256: codeSha256(zip), size: zip.length, files: Object.keys(files).sort() };
}

/**
 * Service keys the fan-out handler calls besides the policies' calls, with the operations of
 * the large clients among them (the others are bundled whole). package.test.ts checks the
 * handler's modules for calls to other services.
 */
export const HANDLER_CALLS: Readonly<Record<string, readonly string[]>> = {
  // The role chain (assume-roles.ts) and the account id.
  sts: [],
  // Outputs, error files and the Lambda-mode policies' archives (item.ts, item-deploy.ts).
  s3: [],
  // `regions: all` (open-provider.ts).
  ec2: ['DescribeRegions'],
  // The deploy of the set's Lambda-mode policies in the item's account (item-deploy.ts, deploy/).
  config: [],
  events: [],
  lambda: [],
  logs: [],
  scheduler: [],
  // Action targets of hub-action policies (deploy/action-target.ts); a hub mode's resource ids
  // (lambda/hub-ids.ts, in the handler's modules).
  securityhub: [
    'CreateActionTarget',
    'DeleteActionTarget',
    'DescribeActionTargets',
    'GetFindings',
    'GetInsights',
    'UpdateActionTarget',
  ],
  states: [],
  tagging: [],
};

/**
 * SDK package -> operations kept, for the clients the archive bundles: those the policies call
 * (lambda/services.ts's neededOperations over every policy of the set) and HANDLER_CALLS. A
 * small client's list is empty: it is bundled whole.
 */
export function fanoutClients(policies: readonly LoadedPolicy[], registry: Registry): Keep {
  const keep = new Map<string, Set<string>>();
  const add = (service: string, ops: Iterable<string>) => {
    const pkg = sdkPackageOf(service);
    const kept = keep.get(pkg) ?? new Set<string>();
    keep.set(pkg, kept);
    if (isLargeClient(pkg)) for (const op of ops) kept.add(op);
  };
  for (const [service, ops] of Object.entries(HANDLER_CALLS)) add(service, ops);
  for (const policy of policies)
    for (const [service, ops] of neededOperations(policy, registry)) add(service, ops);
  return new Map(
    [...keep].sort(([a], [b]) => a.localeCompare(b)).map(([pkg, ops]) => [pkg, [...ops].sort()]),
  );
}

// One bundle per client set and resource types in a process (a deploy builds one).
const bundles = new Map<string, Promise<Uint8Array>>();

/** The fan-out handler bundled for these clients (`fanoutClients`) and resource types. */
export function bundleFanoutHandler(keep: Keep, resourceTypes: readonly string[]): Promise<Uint8Array> {
  const types = [...new Set(resourceTypes)].sort();
  const key = JSON.stringify([[...keep], types]);
  let b = bundles.get(key);
  if (!b) {
    b = esbuildHandler(keep, types);
    b.catch(() => bundles.delete(key));
    bundles.set(key, b);
  }
  return b;
}

async function esbuildHandler(keep: Keep, resourceTypes: readonly string[]): Promise<Uint8Array> {
  const entry = ownModule('fanout/handler');
  if (!entry) throw new Error('the fan-out handler module is not installed beside c7n-ts');
  // A small client kept whole is left to esbuild; a large one gets its slim module.
  const slim = new Map([...keep].filter(([, ops]) => ops.length > 0));
  const { build } = await import('esbuild');
  const result = await build({
    ...LAMBDA_BUNDLE,
    entryPoints: [entry],
    plugins: [
      policyRegistry(resourceTypes, /[\\/]fanout[\\/]handler\.[jt]s$/),
      stubClients(keep),
      slimClients(slim),
      pureSchemasPlugin(),
    ],
  });
  const out = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
  if (!out) throw new Error('esbuild produced no index.mjs');
  return out.contents;
}
