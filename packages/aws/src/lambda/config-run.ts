/**
 * A config-mode invocation around the engine's run. config-rule: the policy runs on the
 * configuration item of the event, loaded as `source: config` loads one (no describe call), and
 * the resource is NON_COMPLIANT when it matches. config-poll-rule: the policy lists the whole
 * type; matched resources are NON_COMPLIANT, the rest COMPLIANT, and the rule's earlier
 * evaluations of resources gone since NOT_APPLICABLE (c7n/policy.py).
 */
import type { OutputSink, PolicyResult, Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../aws-provider.js';
import { cfnTypeOf, configIdOf } from '../modes/config-types.js';
import { loadConfigItem } from '../query/config-source.js';
import type { AwsResourceType } from '../resources/types.js';
import {
  type ConfigRuleEvent,
  type ConfigurationItem,
  type Evaluation,
  invokingEvent,
  itemEvaluation,
  notApplicable,
  obsoleteEvaluations,
  pollEvaluations,
  putEvaluations,
} from './config-evaluations.js';

type Send = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;
type Log = (level: 'info' | 'warn' | 'error', step: string, data?: Record<string, unknown>) => void;

export interface ConfigRun {
  /** config-rule: the changed resource's item. */
  item?: ConfigurationItem;
  token: string | undefined;
  /** Set when the item is not evaluated: the NOT_APPLICABLE evaluation, and no run. */
  notApplicable?: Evaluation[];
  provider(p: AwsProvider): AwsProvider;
  sink(s: OutputSink): OutputSink;
  evaluations(result: PolicyResult, send: Send): Promise<Evaluation[]>;
}

/** The run of a config-mode invocation, or why there is nothing to run. */
export async function configRun(
  modeType: 'config-rule' | 'config-poll-rule',
  event: unknown,
  rt: AwsResourceType,
  policy: string,
): Promise<ConfigRun | string> {
  const cfg = invokingEvent(event);
  if (typeof cfg === 'string') return cfg;
  const e = event as ConfigRuleEvent;
  let matched: Resource[] = [];
  const sink = (s: OutputSink): OutputSink => ({
    location: s.location,
    ...(s.open && { open: () => s.open!() }),
    ...(s.clear && { clear: (dir: string, names: readonly string[]) => s.clear!(dir, names) }),
    appendLog: (path, line) => s.appendLog(path, line),
    close: () => s.close(),
    async write(path, content) {
      // The engine writes the matched resources once per run.
      if (path.endsWith('/resources.json') || path === 'resources.json') matched = JSON.parse(content);
      return s.write(path, content);
    },
  });

  if (modeType === 'config-rule') {
    // c7n's default when the event has none; Config refuses it, as it does c7n's.
    const token = e.resultToken ?? 'No token found.';
    const item = (cfg.configurationItem ?? {}) as ConfigurationItem;
    if (!item.resourceId) return 'the invokingEvent names no configurationItem.resourceId';
    const base = { item, token, sink };
    if (notApplicable(event, item))
      return {
        ...base,
        notApplicable: [itemEvaluation(policy, item, 'not-applicable')],
        provider: (p) => p,
        evaluations: async () => [],
      };
    const resource = loadConfigItem(rt, item);
    return {
      ...base,
      // The item is the resource: nothing is described.
      provider: (p) => ({ ...p, fetch: async () => [structuredClone(resource)] }),
      evaluations: async (result) => [
        itemEvaluation(policy, item, result.matched > 0 ? 'matched' : 'unmatched'),
      ],
    };
  }

  const token = e.resultToken;
  const ruleName = String(e.configRuleName ?? '');
  const at = new Date(String(cfg.notificationCreationTime));
  const idField = configIdOf(rt);
  let listed: Resource[] = [];
  return {
    token,
    sink,
    provider: (p) => ({
      ...p,
      // The listing is kept whole below: the unmatched resources are evaluated too.
      fetchPages: undefined,
      async fetch(type, req) {
        listed = await p.fetch(type, req);
        return listed;
      },
    }),
    async evaluations(_result, send) {
      const matchedIds = [...new Set(matched.map((r) => String(r[idField])))];
      const unmatched = [
        ...new Set(listed.map((r) => String(r[idField])).filter((id) => !matchedIds.includes(id))),
      ];
      const latest = pollEvaluations(policy, cfnTypeOf(rt) ?? '', matchedIds, unmatched, at);
      return [...latest, ...(await obsoleteEvaluations(send, ruleName, at, latest))];
    },
  };
}

/** PutEvaluations under the event's token; nothing under dryrun or without a token (c7n). */
export async function sendEvaluations(
  evaluations: readonly Evaluation[],
  token: string | undefined,
  send: Send,
  dryrun: boolean,
  log: Log,
): Promise<void> {
  const counts: Record<string, number> = {};
  for (const e of evaluations) counts[e.ComplianceType] = (counts[e.ComplianceType] ?? 0) + 1;
  if (!evaluations.length || !token) {
    log('info', 'evaluations', { ...counts, sent: false, why: token ? 'none' : 'no resultToken' });
    return;
  }
  if (dryrun) {
    log('info', 'evaluations', { ...counts, sent: false, why: 'dryrun' });
    return;
  }
  await putEvaluations(send, token, evaluations);
  log('info', 'evaluations', { ...counts, sent: true });
}
