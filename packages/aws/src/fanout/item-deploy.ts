/**
 * The Lambda-mode policies of one fan-out item, deployed into its account×region as a local
 * `org run` deploys them: the same spec (`deploySpec`, the mode interpolated with the account's
 * id, the region and vars) and the same idempotent routine (`deployPolicy`), with the account's
 * credentials. The code is the archive `org run --fanout` built (esbuild does not run inside
 * Lambda) and uploaded to the fan-out's bucket, read here with the function's own role.
 */
import { interpolatePolicy, type LoadedPolicy, type OutputSink, type Registry } from '@c7n-ts/core';
import type { AwsProvider } from '../aws-provider.js';
import type { AwsClients } from '../clients/index.js';
import { type DeployResult, deployPolicy, type FunctionCode, failedDeploy } from '../deploy/deploy.js';
import { describeError } from '../deploy/env.js';
import { DeployInputError, deploySpec } from '../deploy/function-config.js';
import { codeSha256 } from '../lambda/zip.js';
import { configTypes } from '../modes/config-types.js';
import type { FanoutArchiveRef, FanoutItem } from './config.js';

/** True for a policy whose mode is a Lambda mode (deployed, not run, outside a dry run). */
export function isLambdaMode(policy: Pick<LoadedPolicy, 'data'>, registry: Registry): boolean {
  const type = (policy.data.mode as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && Boolean(registry.mode(type)?.serverless);
}

export interface ItemDeploy {
  item: FanoutItem;
  /** The function's own clients: they read the archive from the fan-out's bucket. */
  caller: AwsClients;
  /** The account×region's provider (the account's role chain): it deploys. */
  provider: AwsProvider;
  registry: Registry;
  /** `<output>/<account>/<region>/`: `<policy>/deploy.json` goes there, as org run writes it. */
  sink: OutputSink;
  version: string;
  /** Replayed traffic needs no pause while a function update is in progress. */
  replay: boolean;
}

/**
 * Deploys each policy in the item's account×region. A policy that cannot be deployed (a bad
 * mode, its archive missing or not the one built) fails alone; the others still deploy.
 */
export async function deployItemPolicies(
  policies: readonly LoadedPolicy[],
  d: ItemDeploy,
): Promise<DeployResult[]> {
  const { item, provider } = d;
  const vars = varsRecord(item.vars);
  const results: DeployResult[] = [];
  for (const policy of policies) {
    let result: DeployResult;
    try {
      const data = interpolatePolicy(policy.data, {
        account_id: item.account_id,
        region: item.region,
        now: new Date().toISOString(),
        policy_name: policy.name,
        ...vars,
      });
      const spec = deploySpec(policy.name, data, {
        accountId: item.account_id,
        region: item.region,
        version: d.version,
        resource: configTypes(d.registry.resource(policy.resourceType)),
      });
      const code = await readArchive(d.caller, archiveOf(item, policy.name));
      result = await deployPolicy(spec, code, {
        send: provider.send,
        region: item.region,
        accountId: item.account_id,
        ...(d.replay && { pollMs: 0 }),
      });
    } catch (err) {
      if (!(err instanceof DeployInputError || err instanceof ArchiveError)) throw err;
      result = failedDeploy(policy.name, item.region, err.message);
    }
    results.push(result);
    await d.sink.write(`${policy.name}/deploy.json`, `${JSON.stringify(result, null, 2)}\n`);
  }
  return results;
}

/** The archive is missing, unreadable or not the one built: that policy fails, the others deploy. */
class ArchiveError extends Error {}

function archiveOf(item: FanoutItem, policy: string): FanoutArchiveRef {
  const ref = item.archives?.find((a) => a.policy === policy);
  if (!ref)
    throw new ArchiveError(
      'the item names no archive for this Lambda-mode policy (org run --fanout builds and uploads it)',
    );
  return ref;
}

async function readArchive(caller: AwsClients, ref: FanoutArchiveRef): Promise<FunctionCode> {
  const where = `s3://${ref.bucket}/${ref.key}`;
  let zip: Uint8Array;
  try {
    const out = await caller.send('s3', 'GetObject', { Bucket: ref.bucket, Key: ref.key });
    const body = out.Body as { transformToByteArray(): Promise<Uint8Array> } | undefined;
    zip = body ? await body.transformToByteArray() : new Uint8Array();
  } catch (err) {
    throw new ArchiveError(`cannot read the function's archive ${where}: ${describeError(err)}`);
  }
  const sha256 = codeSha256(zip);
  if (sha256 !== ref.sha256)
    throw new ArchiveError(
      `the archive ${where} is not the one org run --fanout built (sha256 ${sha256}, expected ${ref.sha256})`,
    );
  return { zip, sha256 };
}

/** `key=value` (the account's vars, then --var) as the interpolation vars. */
function varsRecord(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const kv of list) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}
