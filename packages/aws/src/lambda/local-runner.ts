/**
 * Running an unzipped archive's handler on this machine, in its own `node` process as Lambda
 * would: a fresh module graph, only the bundle's code, the environment Lambda sets. Used by
 * `c7n-ts invoke`, the end-to-end tests and the cold-start bench.
 */
import { randomUUID } from 'node:crypto';

/**
 * runner.mjs, written next to index.mjs: `node runner.mjs EVENT.json RESULT.json CONTEXT_JSON`.
 * The handler's log lines go to stdout; its return value to RESULT.json. A thrown error
 * leaves no RESULT.json and exits 1 (the handler has logged it).
 */
export const RUNNER_SOURCE = `import { readFileSync, writeFileSync } from 'node:fs';
const [eventFile, resultFile, contextJson] = process.argv.slice(2);
const { handler } = await import('./index.mjs');
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
try {
  const result = await handler(event, JSON.parse(contextJson));
  writeFileSync(resultFile, JSON.stringify(result));
} catch {
  process.exitCode = 1;
}
`;

/** The function name c7n gives a policy's function: the mode's prefix, then the policy name. */
export function functionName(policyName: string, mode: Record<string, unknown> | undefined): string {
  const prefix = typeof mode?.['function-prefix'] === 'string' ? mode['function-prefix'] : 'custodian-';
  return `${prefix}${policyName}`;
}

/** Lambda's context fields the handler reads, for a function in this account and region. */
export function localContext(name: string, region: string, accountId: string) {
  return {
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${name}`,
    functionName: name,
    awsRequestId: randomUUID(),
  };
}

/** What EventBridge sends a scheduled (periodic) function. */
export function scheduledEvent(ruleName: string, region: string, accountId: string, now = new Date()) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: accountId,
    time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region,
    resources: [`arn:aws:events:${region}:${accountId}:rule/${ruleName}`],
    detail: {},
  };
}
