/**
 * The Lambda entry point (`index.handler` in the archive). Everything here runs once per cold
 * start: config.json (the policy, validated when the archive was built) is read and the
 * registry composed; YAML parsing and schema validation stay out of the function. It
 * imports only what a run needs: no CLI, bundler or deploy code.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AwsProvider } from '../aws-provider.js';
import { runtimeRegistry } from '../runtime-registry.js';
import type { LambdaConfig } from './config.js';
import { type LambdaContext, type LambdaSummary, runLambda } from './run-lambda.js';

// Our SDK pin says nothing about the runtime's Node version; keep the function's log clean.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const configUrl = new URL('./config.json', import.meta.url);
const config = JSON.parse(readFileSync(configUrl, 'utf8')) as LambdaConfig;
const bundleDir = dirname(fileURLToPath(configUrl));
const registry = runtimeRegistry();
// Warm invocations reuse the SDK clients and their connections.
const providers = new Map<string, Promise<AwsProvider>>();

export function handler(event: unknown, context: LambdaContext = {}): Promise<LambdaSummary> {
  return runLambda(
    {
      config,
      bundleDir,
      registry,
      env: process.env,
      providers,
      log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
    },
    event,
    context,
  );
}
