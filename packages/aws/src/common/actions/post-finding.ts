import { defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { filterEmpty, formatResource, md5, pyDumps, pyIsoformat } from '../securityhub/format.js';
import { partitionOf, planTag, tagPermissions } from '../tagging/index.js';

const FINDING_NAMESPACES = [
  'Software and Configuration Checks',
  'TTPs',
  'Effects',
  'Unusual Behaviors',
  'Sensitive Data Identifications',
];

const TAG_PREFIX = 'c7n:FindingId';

/** `<finding id>:<created at>` from the resource's finding tag, or undefined for a new finding. */
function findingTag(r: Resource, key: string): string | undefined {
  const tags = r.Tags;
  if (tags && !Array.isArray(tags)) return (tags as Record<string, string>)[key];
  let found: string | undefined;
  for (const t of (tags ?? []) as { Key?: string; Value?: string }[]) if (t.Key === key) found = t.Value;
  return found;
}

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export default defineAction({
  type: 'post-finding',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['types'],
    properties: {
      types: {
        type: 'array',
        minItems: 1,
        items: { type: 'string' },
        description:
          'ASFF finding types, `namespace/category/classifier` (e.g. `Software and Configuration Checks/AWS Security Best Practices`).',
      },
      title: {
        type: 'string',
        description:
          "Finding title; default the policy's name. Also names the resource tag that remembers the finding.",
      },
      description: {
        type: 'string',
        description: "Finding description; default the policy's description, else the title.",
      },
      severity: { type: 'number', default: 0, description: 'ASFF `Severity.Product`.' },
      severity_normalized: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        default: 0,
        description: 'ASFF `Severity.Normalized` (deprecated by AWS: use `severity_label`).',
      },
      severity_label: {
        enum: ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
        default: 'INFORMATIONAL',
        description: 'ASFF `Severity.Label`.',
      },
      confidence: { type: 'number', minimum: 0, maximum: 100, description: 'ASFF `Confidence`, 0 to 100.' },
      criticality: { type: 'number', minimum: 0, maximum: 100, description: 'ASFF `Criticality`, 0 to 100.' },
      region: {
        type: 'string',
        description:
          "Security Hub region to send findings to (cross-region aggregation); default the policy's.",
      },
      recommendation: { type: 'string', description: 'Remediation text.' },
      recommendation_url: { type: 'string', description: 'Remediation URL.' },
      fields: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: "Extra `ProductFields`; without it the policy's tags (`key:value`) are used.",
      },
      batch_size: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 1,
        description:
          'Resources per BatchImportFindings call (default 1: the console shows one resource a finding).',
      },
      compliance_status: {
        enum: ['PASSED', 'WARNING', 'FAILED', 'NOT_AVAILABLE'],
        description: 'ASFF `Compliance.Status`.',
      },
      record_state: { enum: ['ACTIVE', 'ARCHIVED'], default: 'ACTIVE', description: 'ASFF `RecordState`.' },
    },
  } as const,
  reads: () => undefined,
  permissions: (_opts, rt) => ['securityhub:BatchImportFindings', ...(rt.taggable ? tagPermissions(rt) : [])],
  doc: {
    summary:
      'Report each matched resource to AWS Security Hub as a finding in the AWS Security Finding Format (BatchImportFindings). A taggable resource gets a `c7n:FindingId:<title>` tag naming its finding, so later runs update that finding instead of creating another.',
    example:
      '- type: post-finding\n  severity_label: MEDIUM\n  types:\n    - Software and Configuration Checks/AWS Security Best Practices\n  recommendation: Restrict the security group\n  compliance_status: FAILED',
  },
  messages: { 'finding-type': 'finding types are `namespace/category/classifier` with a known namespace.' },
  check(opts) {
    const problems: Problem[] = [];
    for (const [i, t] of opts.types.entries())
      if ((t.match(/\//g) ?? []).length > 2 || !FINDING_NAMESPACES.includes(t.split('/')[0] ?? ''))
        problems.push({
          messageId: 'finding-type',
          message: `finding type "${t}" must be 'namespace/category/classifier' with a namespace among: ${FINDING_NAMESPACES.join(' | ')}.`,
          path: ['types', i],
        });
    return problems;
  },
  async plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const region = ctx.region ?? 'us-east-1';
    const accountId = ctx.accountId ?? '';
    const target = opts.region ?? region;
    const policy = ctx.policy;
    const title = opts.title ?? ctx.policyName;
    const tagKey = `${TAG_PREFIX}:${title}`;
    const now = pyIsoformat(new Date(ctx.now));
    const policyHash = md5(pyDumps(policy));
    const fields: Record<string, string> = {
      resource: rt.type.replace(/^aws\./, ''),
      ProviderName: 'CloudCustodian',
      ProviderVersion: 'c7n-ts',
    };
    if (opts.fields) Object.assign(fields, opts.fields);
    else
      for (const t of (policy.tags ?? []) as string[]) {
        const at = t.indexOf(':');
        if (at < 0) fields[t] = '';
        else fields[t.slice(0, at)] = t.slice(at + 1);
      }
    const calls: PlannedCall[] = [];
    for (const batch of chunk(resources, opts.batch_size ?? 1)) {
      const findings: Record<string, unknown>[] = [];
      const ids: string[] = [];
      const byFinding = new Map<string, string>();
      // c7n groups the batch by finding tag (new ones together), groups in order of first sight.
      const groups = new Map<string | undefined, Resource[]>();
      for (const r of batch) {
        const key = findingTag(r, tagKey) || undefined;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const r of [...groups.values()].flat()) {
        const id = String(r[rt.id]);
        const tag = findingTag(r, tagKey);
        const at = tag?.indexOf(':') ?? -1;
        const findingId =
          tag && at >= 0 ? tag.slice(0, at) : `${region}/${accountId}/${policyHash}/${md5(pyDumps([id]))}`;
        const createdAt = tag && at >= 0 ? tag.slice(at + 1) : now;
        const severity = {
          Product: opts.severity ?? 0,
          Normalized: opts.severity_normalized ?? 0,
          Label: opts.severity_label ?? 'INFORMATIONAL',
        };
        const recommendation = filterEmpty({ Text: opts.recommendation, Url: opts.recommendation_url });
        const finding = filterEmpty({
          SchemaVersion: '2018-10-08',
          ProductArn: `arn:${partitionOf(region)}:securityhub:${target}::product/cloud-custodian/cloud-custodian`,
          AwsAccountId: accountId,
          Description: (opts.description ?? (policy.description as string | undefined) ?? title).trim(),
          Title: title,
          Id: findingId,
          GeneratorId: ctx.policyName,
          CreatedAt: createdAt,
          UpdatedAt: now,
          RecordState: opts.record_state ?? 'ACTIVE',
          Severity: severity,
          ...(Object.keys(recommendation).length && { Remediation: { Recommendation: recommendation } }),
          ...(opts.confidence !== undefined && { Confidence: opts.confidence }),
          ...(opts.criticality !== undefined && { Criticality: opts.criticality }),
          ...(opts.compliance_status && { Compliance: { Status: opts.compliance_status } }),
          ProductFields: fields,
          Resources: [formatResource(rt, r, { region, accountId })],
          Types: [...opts.types],
        });
        findings.push(finding);
        ids.push(id);
        byFinding.set(findingId, id);
        // A new finding is remembered on the resource, tagged before the import as c7n does.
        if (!tag && rt.taggable)
          calls.push(...(await planTag(rt, [r], { [tagKey]: `${findingId}:${createdAt}` }, ctx)));
      }
      calls.push({
        service: 'securityhub',
        operation: 'BatchImportFindings',
        input: { Findings: findings },
        resourceIds: ids,
        describe: `post ${findings.length} Security Hub finding(s) for ${ids.join(', ')}`,
        ...(target !== region && { region: target }),
        failures: (output) =>
          (
            ((output as { FailedFindings?: { Id?: string; ErrorCode?: string; ErrorMessage?: string }[] })
              .FailedFindings ?? []) as { Id?: string; ErrorCode?: string; ErrorMessage?: string }[]
          ).flatMap((f) => {
            const id = f.Id ? byFinding.get(f.Id) : undefined;
            return id
              ? [
                  {
                    id,
                    errorCode: f.ErrorCode ?? 'FailedFinding',
                    ...(f.ErrorMessage && { message: f.ErrorMessage }),
                  },
                ]
              : [];
          }),
      });
    }
    return calls;
  },
});
