/**
 * The fan-out function's entry point (`index.handler` in its archive): one account×region per
 * invocation, given by the state machine's Distributed Map. config.json (the policies, validated
 * when the archive was built) is read and the registry composed once per cold start; the
 * function's own clients (its execution role, which writes the output) are kept warm.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AwsClients, createClients } from '../clients/index.js';
import { runtimeRegistry } from '../runtime-registry.js';
import type { FanoutConfig } from './config.js';
import { type FanoutItemResult, runFanoutItem } from './item.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const configUrl = new URL('./config.json', import.meta.url);
const config = JSON.parse(readFileSync(configUrl, 'utf8')) as FanoutConfig;
const bundleDir = dirname(fileURLToPath(configUrl));
const registry = runtimeRegistry();
const callers = new Map<string, AwsClients>();

export async function handler(event: unknown): Promise<FanoutItemResult> {
  // C7N_TS_REPLAY: the archive run locally on flight data (tests), as the policy handler.
  const replay = process.env.C7N_TS_REPLAY || undefined;
  const region = process.env.AWS_REGION ?? 'us-east-1';
  let caller = replay ? undefined : callers.get(region);
  if (!caller && !replay) {
    caller = createClients({ regions: [region] });
    callers.set(region, caller);
  }
  const result = await runFanoutItem({ config, registry, bundleDir, caller, replay }, event);
  process.stdout.write(`${JSON.stringify({ level: result.status === 'ok' ? 'info' : 'warn', ...result })}\n`);
  return result;
}
