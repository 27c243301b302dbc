/**
 * `config.json`, written next to the bundled handler: the policy as the loader validated it
 * (defaults applied, user variables substituted), so the function never parses YAML nor
 * compiles the JSON Schema on a cold start.
 */
import type { LoadedPolicy } from '@c7n-ts/core';

export interface LambdaConfig {
  /** c7n-ts version that built the archive. */
  version: string;
  policy: {
    name: string;
    resourceType: string;
    data: Record<string, unknown>;
    /** The policy file's name, for messages. */
    file: string;
  };
}

export function lambdaConfig(policy: LoadedPolicy, version: string): LambdaConfig {
  return {
    version,
    policy: {
      name: policy.name,
      resourceType: policy.resourceType,
      data: policy.data,
      file: policy.file.split(/[\\/]/).pop() ?? policy.file,
    },
  };
}

/** The policy's `mode` block, `{type: 'pull'}` when it has none. */
export function modeOf(data: Record<string, unknown>): Record<string, unknown> & { type: string } {
  const mode = data.mode as Record<string, unknown> | undefined;
  return { ...mode, type: typeof mode?.type === 'string' ? mode.type : 'pull' };
}

/** What `mode.execution-options` says about running inside the function. */
export interface ExecutionOptions {
  outputDir?: string;
  dryrun: boolean;
}

export function executionOptions(data: Record<string, unknown>): ExecutionOptions {
  const opts = (modeOf(data)['execution-options'] ?? {}) as Record<string, unknown>;
  // c7n spells it output_dir; accept the dashed form c7n-ts uses elsewhere too.
  const dir = opts.output_dir ?? opts['output-dir'];
  return {
    ...(typeof dir === 'string' && dir !== '' && { outputDir: dir }),
    dryrun: opts.dryrun === true,
  };
}
