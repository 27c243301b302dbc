/**
 * The resource ids a Security Hub event names, as c7n's SecurityHub mode resolves them
 * (c7n/resources/securityhub.py): imported findings and custom actions on findings carry
 * `detail.findings[].Resources[]`; an insight result names values of the insight's grouping
 * attribute, whose findings are read back with the insight's filters. Each resource is an ARN
 * (an instance may come as a bare id, made an ARN); those of the policy's type are kept, by
 * their ARN's last part.
 */
import type { ResourceTypeDecl } from '@c7n-ts/core';
import { partitionOf } from '../query/arn.js';
import type { AwsSource } from '../resources/types.js';
import type { ModeIds } from './mode-ids.js';

/** The detail-types of Security Hub's EventBridge events (the rules of the hub modes match them). */
export const HUB_IMPORTED = 'Security Hub Findings - Imported';
export const HUB_CUSTOM_ACTION = 'Security Hub Findings - Custom Action';
export const HUB_INSIGHT = 'Security Hub Insight Results';

type Send = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;

interface Finding {
  AwsAccountId?: string;
  Resources?: { Id?: string; Type?: string; Region?: string }[];
}

export async function hubEventIds(
  event: unknown,
  rt: ResourceTypeDecl,
  accountId: string,
  send: Send,
): Promise<ModeIds> {
  const e = (event ?? {}) as { 'detail-type'?: string; detail?: Record<string, any> };
  const type = e['detail-type'];
  let findings: Finding[];
  if (type === HUB_IMPORTED || type === HUB_CUSTOM_ACTION)
    findings = Array.isArray(e.detail?.findings) ? e.detail.findings : [];
  else if (type === HUB_INSIGHT) findings = await insightFindings(e.detail ?? {}, send);
  else return { ids: [], why: `the event is not a Security Hub finding event (detail-type ${String(type)})` };

  const arns = findingArns(findings);
  // c7n refuses resources of another account unless member-role (not supported yet) is set.
  const elsewhere = arns.filter((a) => {
    const account = a.split(':')[4];
    return account && account !== accountId;
  });
  if (elsewhere.length)
    throw new Error(
      `the findings name resources of another account (${elsewhere.join(', ')}); hub modes act in the function's account only`,
    );
  const ids = arns.flatMap((a) => idOf(a, rt) ?? []);
  return ids.length
    ? { ids: [...new Set(ids)] }
    : { ids: [], why: `the findings name no ${rt.type} resource (${arns.length} resources of other types)` };
}

/** The ARNs of the findings' resources (c7n's resolve_findings). */
export function findingArns(findings: readonly Finding[]): string[] {
  const arns = new Set<string>();
  for (const f of findings)
    for (const r of f.Resources ?? []) {
      if (!r.Id) continue;
      if (r.Id.startsWith('arn')) arns.add(r.Id);
      else if (r.Type === 'AwsEc2Instance' && r.Region)
        arns.add(`arn:${partitionOf(r.Region)}:ec2:${r.Region}:${f.AwsAccountId}:instance/${r.Id}`);
    }
  return [...arns];
}

/**
 * The id an ARN gives for the policy's type, when it is of that type: same service and, when the
 * declaration builds its ARNs, the same resource type (an ec2 policy takes `instance/i-...`, not
 * `volume/vol-...`).
 */
export function idOf(arn: string, rt: ResourceTypeDecl): string | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  const source = rt.source as Partial<AwsSource>;
  const spec = source.arn;
  const service = spec && 'service' in spec ? spec.service : source.service;
  if (parts[2] !== service) return undefined;
  const rest = parts.slice(5).join(':');
  const cut = rest.search(/[:/]/);
  const [kind, id] = cut < 0 ? ['', rest] : [rest.slice(0, cut), rest.slice(cut + 1)];
  if (spec && 'service' in spec && kind !== spec.resourceType) return undefined;
  return id || undefined;
}

/** An insight result's findings: the insight's filters narrowed to the chosen values. */
async function insightFindings(detail: Record<string, any>, send: Send): Promise<Finding[]> {
  const attribute = detail.resultType;
  const values = (Array.isArray(detail.insightResults) ? detail.insightResults : []).flatMap(
    (r: Record<string, unknown>) => Object.keys(r).slice(0, 1),
  );
  const out = (await send('securityhub', 'GetInsights', { InsightArns: [detail.insightArn] })) as {
    Insights?: { Filters?: Record<string, unknown> }[];
  };
  const insights = out.Insights ?? [];
  if (insights.length !== 1 || typeof attribute !== 'string') return [];
  const Filters = {
    ...insights[0]?.Filters,
    [attribute]: values.map((Value: string) => ({ Comparison: 'EQUALS', Value })),
  };
  const found = (await send('securityhub', 'GetFindings', { Filters })) as { Findings?: Finding[] };
  return found.Findings ?? [];
}
