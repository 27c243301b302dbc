/**
 * Creates or updates the fan-out: the function (the archive with the policies) and the state
 * machine whose Distributed Map invokes it. The definition is checked by Step Functions'
 * ValidateStateMachineDefinition before anything changes; an invalid one is refused with its
 * diagnostics. Idempotent: what exists and matches is left alone. With `dryrun` only the reads
 * are made and `changes` says what a deploy would do.
 */

import { type DeployEnv, unlessNotFound } from '../deploy/env.js';
import { errorCode } from '../query/errors.js';
import { type FanoutDefinitionSettings, fanoutDefinition } from './definition.js';

/** Tag naming the fan-out a function or state machine belongs to; anything else is left alone. */
export const FANOUT_TAG = 'c7n-ts:fanout';
export const DEFAULT_FANOUT_NAME = 'c7n-ts-org-fanout';
export const FANOUT_RUNTIME = 'nodejs20.x';
export const FANOUT_TIMEOUT = 900;
export const FANOUT_MEMORY = 1024;

export interface FanoutDeploySettings {
  name: string;
  /** The function's execution role: it assumes the accounts' roles and writes the output. */
  role: string;
  /** The state machine's role: invokes the function, reads the items, writes the results. */
  statesRole: string;
  concurrency: number;
  items: FanoutDefinitionSettings['items'];
  results: FanoutDefinitionSettings['results'];
  code: { zip: Uint8Array; sha256: string };
  version: string;
}

export interface Diagnostic {
  severity?: string;
  code?: string;
  message?: string;
  location?: string;
}

/** The definition Step Functions refused: its diagnostics, nothing deployed. */
export class FanoutDefinitionError extends Error {
  override name = 'FanoutDefinitionError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `Step Functions refused the fan-out definition:\n${diagnostics
        .map(
          (d) =>
            `  ${d.severity ?? 'ERROR'} ${d.code ?? ''}${d.location ? ` at ${d.location}` : ''}: ${d.message ?? ''}`,
        )
        .join('\n')}`,
    );
  }
}

export interface FanoutDeployResult {
  name: string;
  functionArn: string;
  stateMachineArn: string;
  status: 'created' | 'updated' | 'unchanged';
  /** What was (or, with dryrun, would be) done, in order. */
  changes: string[];
  definition: Record<string, unknown>;
  dryrun?: true;
}

export async function deployFanout(s: FanoutDeploySettings, env: DeployEnv): Promise<FanoutDeployResult> {
  const partition = env.region.startsWith('cn-')
    ? 'aws-cn'
    : env.region.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws';
  const functionArn = `arn:${partition}:lambda:${env.region}:${env.accountId}:function:${s.name}`;
  const stateMachineArn = `arn:${partition}:states:${env.region}:${env.accountId}:stateMachine:${s.name}`;
  const definition = fanoutDefinition({
    functionArn,
    concurrency: s.concurrency,
    items: s.items,
    results: s.results,
  });
  const body = JSON.stringify(definition, null, 2);
  const send = (service: string, op: string, input: Record<string, unknown>) =>
    env.send(service, op, input, env.region);

  const checked = await send('states', 'ValidateStateMachineDefinition', {
    definition: body,
    type: 'STANDARD',
  });
  const diagnostics = (checked.diagnostics as Diagnostic[] | undefined) ?? [];
  if (checked.result !== 'OK') throw new FanoutDefinitionError(diagnostics);

  const changes: string[] = [];
  const tags = { [FANOUT_TAG]: s.name, 'c7n-ts:version': s.version };
  const fn = await unlessNotFound(send('lambda', 'GetFunction', { FunctionName: s.name }));
  if (!fn) {
    if (!env.dryrun)
      await send('lambda', 'CreateFunction', {
        FunctionName: s.name,
        Runtime: FANOUT_RUNTIME,
        Role: s.role,
        Handler: 'index.handler',
        Code: { ZipFile: s.code.zip },
        Timeout: FANOUT_TIMEOUT,
        MemorySize: FANOUT_MEMORY,
        Description: 'c7n-ts org fan-out: runs policies in one account×region per invocation',
        Tags: tags,
      });
    changes.push('created function');
  } else {
    const have = (fn.Tags ?? {}) as Record<string, string>;
    if (have[FANOUT_TAG] !== s.name)
      throw new Error(
        `function ${s.name} exists and is not this fan-out's (no tag ${FANOUT_TAG}=${s.name}); it was left unchanged. Use --name to deploy under another name`,
      );
    const config = (fn.Configuration ?? {}) as { CodeSha256?: string; Role?: string };
    if (config.CodeSha256 !== s.code.sha256) {
      if (!env.dryrun)
        await send('lambda', 'UpdateFunctionCode', { FunctionName: s.name, ZipFile: s.code.zip });
      changes.push('updated function code');
    }
    if (config.Role !== s.role) {
      if (!env.dryrun) {
        await waitForFunction(s.name, env);
        await send('lambda', 'UpdateFunctionConfiguration', { FunctionName: s.name, Role: s.role });
      }
      changes.push('updated function role');
    }
  }

  const machine = await unlessNoMachine(send('states', 'DescribeStateMachine', { stateMachineArn }));
  if (!machine) {
    if (!env.dryrun)
      await send('states', 'CreateStateMachine', {
        name: s.name,
        definition: body,
        roleArn: s.statesRole,
        type: 'STANDARD',
        tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
      });
    changes.push('created state machine');
  } else {
    const same = sameJson(machine.definition, definition) && machine.roleArn === s.statesRole;
    if (!same) {
      if (!env.dryrun)
        await send('states', 'UpdateStateMachine', {
          stateMachineArn,
          definition: body,
          roleArn: s.statesRole,
        });
      changes.push('updated state machine');
    }
  }
  const created = changes.includes('created function') && changes.includes('created state machine');
  return {
    name: s.name,
    functionArn,
    stateMachineArn,
    status: created ? 'created' : changes.length ? 'updated' : 'unchanged',
    changes,
    definition,
    ...(env.dryrun && { dryrun: true as const }),
  };
}

function sameJson(text: unknown, want: unknown): boolean {
  try {
    return typeof text === 'string' && JSON.stringify(JSON.parse(text)) === JSON.stringify(want);
  } catch {
    return false;
  }
}

async function unlessNoMachine(
  call: Promise<Record<string, unknown>>,
): Promise<Record<string, unknown> | undefined> {
  try {
    return await call;
  } catch (err) {
    if (errorCode(err) === 'StateMachineDoesNotExist') return undefined;
    throw err;
  }
}

/** Lambda refuses a configuration update while the code update is in progress. */
async function waitForFunction(FunctionName: string, env: DeployEnv): Promise<void> {
  const max = env.maxPolls ?? 150;
  for (let i = 0; i < max; i++) {
    const c = await env.send('lambda', 'GetFunctionConfiguration', { FunctionName }, env.region);
    if (c.LastUpdateStatus !== 'InProgress' && c.State !== 'Pending') return;
    await new Promise((r) => setTimeout(r, env.pollMs ?? 2000));
  }
  throw new Error(`function ${FunctionName} was still updating after ${max} checks; deploy again later`);
}
