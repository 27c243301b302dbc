import { defineFilter, type Resource } from '@c7n-ts/core';
import { cfnTypeOf } from '../../modes/config-types.js';
import { arnOf } from '../../query/arn.js';
import type { AwsSource } from '../../resources/types.js';
import { providerOf, regionOf } from './fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from './value-over.js';

/** Where each resource's active findings are kept, under Cloud Custodian's key. */
export const ACCESS_ANALYSIS = 'c7n:AccessAnalysis';

/** The CloudFormation types whose policies Access Analyzer reports on, as Cloud Custodian lists them. */
const ANALYZED_TYPES = [
  'AWS::IAM::Role',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::Lambda::LayerVersion',
  'AWS::S3::Bucket',
  'AWS::SQS::Queue',
];

// Cloud Custodian asks for 20 resources' findings per ListFindings call.
const CHUNK = 20;

const hasValueOptions = (opts: Record<string, unknown>) => Object.keys(valueOptionsOf(opts)).length > 0;

export default defineFilter({
  type: 'iam-analyzer',
  resources: {
    trait: 'access-analyzer',
    has: (rt) => ANALYZED_TYPES.includes(cfnTypeOf(rt) ?? ''),
  },
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      analyzer: {
        type: 'string',
        description:
          "ARN of the analyzer to read findings from; default the account's last active analyzer of type ACCOUNT.",
      },
    },
  } as const,
  permissions: ['access-analyzer:ListAnalyzers', 'access-analyzer:ListFindings'],
  doc: {
    summary:
      "Resources with active IAM Access Analyzer findings, as Cloud Custodian's iam-analyzer: the analyzer (`analyzer`, else ListAnalyzers of type ACCOUNT, the last active one; none fails the policy), then ListFindings per 20 resources (status ACTIVE, the resources' ARNs, the type's CloudFormation type; the first page, as c7n). The findings are kept in `c7n:AccessAnalysis`; with value filter options a resource matches when one of its findings passes them, else when it has any.",
    example: '- type: iam-analyzer\n  key: isPublic\n  value: true',
  },
  messages: valueMessages,
  check: (opts) => (hasValueOptions(opts) ? checkEmbeddedValue(opts as Record<string, unknown>) : []),
  reads: (_opts, rt) => {
    const spec = (rt.source as AwsSource).arn;
    return ['field' in spec ? spec.field : spec.idField, ACCESS_ANALYSIS];
  },
  compile(opts, cctx) {
    const rt = cctx.resourceType;
    const source = rt.source as AwsSource;
    const cfnType = cfnTypeOf(rt);
    const matcher = hasValueOptions(opts)
      ? compileItemMatcher(valueOptionsOf(opts as Record<string, unknown>), cctx.baseDir)
      : undefined;
    return {
      kind: 'process',
      async process(resources, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const send = (op: string, input: Record<string, unknown>) =>
          p.send('access-analyzer', op, input, region);
        const analyzerArn = opts.analyzer ?? (await activeAnalyzer(send, cctx.policyName));
        const todo = resources.filter((r) => !Object.hasOwn(r, ACCESS_ANALYSIS));
        for (let i = 0; i < todo.length; i += CHUNK) {
          const byArn = new Map<string, Resource>();
          for (const r of todo.slice(i, i + CHUNK)) {
            const arn = arnOf(source, r, { region, accountId: p.accountId });
            if (arn) byArn.set(arn, r);
          }
          const out = await send('ListFindings', {
            analyzerArn,
            filter: {
              status: { eq: ['ACTIVE'] },
              resource: { contains: [...byArn.keys()] },
              resourceType: { eq: [cfnType] },
            },
          });
          for (const f of (out.findings ?? []) as Resource[]) {
            const r = byArn.get(String(f.resource));
            if (!r) continue;
            r[ACCESS_ANALYSIS] = [...((r[ACCESS_ANALYSIS] as unknown[] | undefined) ?? []), f];
          }
        }
        const kept: Resource[] = [];
        for (const r of resources) {
          const findings = (r[ACCESS_ANALYSIS] as Resource[] | undefined) ?? [];
          if (!findings.length) continue;
          if (!matcher || (await matcher(findings, ctx)).size > 0) kept.push(r);
        }
        return kept;
      },
    };
  },
});

/** c7n's get_analyzer: the last ACTIVE analyzer of type ACCOUNT (one page), or the policy fails. */
async function activeAnalyzer(
  send: (op: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>,
  policy: string | undefined,
): Promise<string> {
  const out = await send('ListAnalyzers', { type: 'ACCOUNT' });
  const active = ((out.analyzers ?? []) as { arn?: string; status?: string }[]).filter(
    (a) => a.status === 'ACTIVE',
  );
  const arn = active.at(-1)?.arn;
  if (!arn)
    throw new Error(
      `policy ${policy ?? ''}: no active IAM Access Analyzer of type ACCOUNT in the account; name one with \`analyzer\``,
    );
  return arn;
}
