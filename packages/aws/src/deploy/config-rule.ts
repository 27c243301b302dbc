/**
 * The custom AWS Config rule of a config-rule / config-poll-rule policy, kept as c7n/mu.py
 * ConfigRule keeps it: read it by name, create it (after letting Config invoke the function),
 * or put it again when its scope, source, frequency or description differ. A rule is ours when
 * its source is the policy's function: Config rules are named, and their ARNs carry an id.
 */
import { errorCode } from '../query/errors.js';
import type { DeployResult } from './deploy.js';
import type { DeployEnv } from './env.js';
import { samePattern } from './event-pattern.js';
import type { ConfigRuleConfig } from './function-config.js';

/** Fields DescribeConfigRules returns that PutConfigRule refuses back (c7n's readonly_fields). */
const READ_ONLY = ['ConfigRuleArn', 'ConfigRuleId', 'CreatedBy', 'RuleEvaluationVisibility'];

/** The rule, or undefined when Config has none of that name. */
export async function describeConfigRule(
  name: string,
  env: DeployEnv,
): Promise<Record<string, unknown> | undefined> {
  try {
    const out = await env.send('config', 'DescribeConfigRules', { ConfigRuleNames: [name] }, env.region);
    return (out.ConfigRules as Record<string, unknown>[] | undefined)?.[0];
  } catch (err) {
    if (errorCode(err) === 'NoSuchConfigRuleException') return undefined;
    throw err;
  }
}

/** PutConfigRule input for the function. */
export function configRuleInput(c: ConfigRuleConfig, functionArn: string): Record<string, unknown> {
  return { ...c, Source: { ...c.Source, SourceIdentifier: functionArn } };
}

export async function deployConfigRule(
  c: ConfigRuleConfig,
  env: DeployEnv,
  result: DeployResult,
  statementId: string,
): Promise<void> {
  const functionArn = result.functionArn as string;
  const want = configRuleInput(c, functionArn);
  const current = await describeConfigRule(c.ConfigRuleName, env);
  if (current) {
    result.configRuleArn = current.ConfigRuleArn as string | undefined;
    if (!differs(current, want)) return;
    const rule = Object.fromEntries(Object.entries(current).filter(([k]) => !READ_ONLY.includes(k)));
    await env.send('config', 'PutConfigRule', { ConfigRule: { ...rule, ...want } }, env.region);
    result.changes.push('updated config rule');
    return;
  }
  try {
    await env.send(
      'lambda',
      'AddPermission',
      {
        FunctionName: functionArn.split(':').pop(),
        StatementId: statementId,
        Action: 'lambda:InvokeFunction',
        Principal: 'config.amazonaws.com',
        SourceAccount: env.accountId,
      },
      env.region,
    );
    result.changes.push('added invoke permission');
  } catch (err) {
    // The statement is there from an earlier deploy, as c7n tolerates it.
    if (errorCode(err) !== 'ResourceConflictException') throw err;
  }
  await env.send('config', 'PutConfigRule', { ConfigRule: want }, env.region);
  result.changes.push('created config rule');
}

/** c7n's delta: scope, source, frequency (when set) and description. */
function differs(have: Record<string, unknown>, want: Record<string, unknown>): boolean {
  const same = (a: unknown, b: unknown) => samePattern(JSON.stringify(a ?? null), JSON.stringify(b ?? null));
  if (!same(have.Scope, want.Scope) || !same(have.Source, want.Source)) return true;
  if (
    'MaximumExecutionFrequency' in want &&
    have.MaximumExecutionFrequency !== want.MaximumExecutionFrequency
  )
    return true;
  return (have.Description ?? '') !== (want.Description ?? '');
}

/** Deletes the rule when its source is one of the functions; the outcome for the remove result. */
export async function removeConfigRule(
  name: string,
  functions: readonly string[],
  env: DeployEnv,
): Promise<'removed' | 'missing' | string> {
  const rule = await describeConfigRule(name, env);
  if (!rule) return 'missing';
  const source = ((rule.Source ?? {}) as { SourceIdentifier?: string }).SourceIdentifier ?? '';
  if (!functions.some((f) => source.endsWith(`:function:${f}`)))
    return `config rule ${name} is backed by ${source || 'no function'}, not this policy's; left alone`;
  try {
    await env.send('config', 'DeleteConfigRule', { ConfigRuleName: name }, env.region);
  } catch (err) {
    if (errorCode(err) !== 'NoSuchConfigRuleException') throw err;
  }
  return 'removed';
}
