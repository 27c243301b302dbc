/**
 * The AWS Config side of the config modes, as c7n/policy.py ConfigRuleMode and
 * ConfigPollRuleMode: read the rule invocation (`invokingEvent` is a JSON string), and the
 * evaluations sent back with PutEvaluations under the event's result token.
 */
import { parseJsonData } from '@c7n-ts/core';

/** A Config rule invocation, as Lambda receives it. */
export interface ConfigRuleEvent {
  invokingEvent: string;
  ruleParameters?: string;
  resultToken?: string;
  eventLeftScope?: boolean;
  configRuleName?: string;
}

export interface ConfigurationItem {
  configuration?: unknown;
  supplementaryConfiguration?: Record<string, unknown>;
  tags?: Record<string, string>;
  awsRegion?: string;
  resourceId?: string;
  resourceType?: string;
  configurationItemStatus?: string;
  configurationItemCaptureTime?: string;
}

export interface Evaluation {
  ComplianceResourceType: string;
  ComplianceResourceId: string;
  ComplianceType: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';
  Annotation: string;
  OrderingTimestamp: Date;
}

/** The parsed `invokingEvent`, or a reason the event is not a Config rule invocation. */
export function invokingEvent(event: unknown): Record<string, any> | string {
  const raw = (event as Partial<ConfigRuleEvent> | null)?.invokingEvent;
  if (typeof raw !== 'string') return 'the event is not an AWS Config rule invocation (no invokingEvent)';
  try {
    const parsed = parseJsonData(raw);
    if (parsed && typeof parsed === 'object') return parsed as Record<string, any>;
  } catch {}
  return 'the invokingEvent of the Config rule invocation is not a JSON object';
}

const GONE = ['ResourceDeleted', 'ResourceNotRecorded', 'ResourceDeletedNotRecorded'];

/** c7n: a resource deleted, not recorded or out of the rule's scope is not evaluated. */
export function notApplicable(event: unknown, item: ConfigurationItem): boolean {
  return (
    Boolean((event as Partial<ConfigRuleEvent>).eventLeftScope) ||
    GONE.includes(String(item.configurationItemStatus))
  );
}

/** config-rule: the one evaluation of the changed resource (c7n's annotations, verbatim). */
export function itemEvaluation(
  policy: string,
  item: ConfigurationItem,
  outcome: 'matched' | 'unmatched' | 'not-applicable',
): Evaluation {
  const [ComplianceType, Annotation] =
    outcome === 'not-applicable'
      ? (['NOT_APPLICABLE', 'The rule does not apply.'] as const)
      : outcome === 'matched'
        ? (['NON_COMPLIANT', `Resource is not compliant with policy:${policy}`] as const)
        : (['COMPLIANT', `The resource is compliant with policy:${policy}.`] as const);
  return {
    ComplianceResourceType: String(item.resourceType),
    ComplianceResourceId: String(item.resourceId),
    ComplianceType,
    Annotation,
    OrderingTimestamp: new Date(String(item.configurationItemCaptureTime)),
  };
}

/** config-poll-rule: matched resources NON_COMPLIANT, then the others COMPLIANT. */
export function pollEvaluations(
  policy: string,
  resourceType: string,
  matched: readonly string[],
  unmatched: readonly string[],
  at: Date,
): Evaluation[] {
  const one = (id: string, compliant: boolean): Evaluation => ({
    ComplianceResourceType: resourceType,
    ComplianceResourceId: id,
    ComplianceType: compliant ? 'COMPLIANT' : 'NON_COMPLIANT',
    OrderingTimestamp: at,
    Annotation: `The resource is ${compliant ? '' : 'not '}compliant with policy:${policy}.`,
  });
  return [...matched.map((id) => one(id, false)), ...unmatched.map((id) => one(id, true))];
}

type Send = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;

/**
 * Earlier evaluations of the rule whose resource is no longer listed (deleted since): made
 * NOT_APPLICABLE, as c7n's get_obsolete_evaluations, reading every page 100 at a time.
 */
export async function obsoleteEvaluations(
  send: Send,
  ruleName: string,
  at: Date,
  latest: readonly Evaluation[],
): Promise<Evaluation[]> {
  const seen = new Set(latest.map((e) => e.ComplianceResourceId));
  const out: Evaluation[] = [];
  let NextToken: string | undefined;
  do {
    const page = (await send('config', 'GetComplianceDetailsByConfigRule', {
      ConfigRuleName: ruleName,
      ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'],
      Limit: 100,
      ...(NextToken && { NextToken }),
    })) as {
      EvaluationResults?: {
        EvaluationResultIdentifier?: {
          EvaluationResultQualifier?: { ResourceId?: string; ResourceType?: string };
        };
      }[];
      NextToken?: string;
    };
    for (const r of page.EvaluationResults ?? []) {
      const q = r.EvaluationResultIdentifier?.EvaluationResultQualifier;
      if (!q?.ResourceId || seen.has(q.ResourceId)) continue;
      out.push({
        ComplianceResourceType: String(q.ResourceType),
        ComplianceResourceId: q.ResourceId,
        Annotation: 'The rule does not apply.',
        ComplianceType: 'NOT_APPLICABLE',
        OrderingTimestamp: at,
      });
    }
    NextToken = page.NextToken || undefined;
  } while (NextToken);
  return out;
}

/** PutEvaluations accepts 100 evaluations a call. */
export async function putEvaluations(send: Send, token: string, evaluations: readonly Evaluation[]) {
  for (let i = 0; i < evaluations.length; i += 100)
    await send('config', 'PutEvaluations', {
      Evaluations: evaluations.slice(i, i + 100),
      ResultToken: token,
    });
}
