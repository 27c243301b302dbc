import { defineFilter, parseJsonData, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { POLICY, withPolicies } from './_policies.js';

const ANNOTATION = 'c7n:EventSources';

/** The services an Allow statement of the policy names as principal (c7n reads the policy, not event source mappings). */
function sources(policy: unknown): string[] {
  const doc = parseJsonData(String(policy)) as { Statement?: Record<string, unknown>[] };
  const out = new Set<string>();
  for (const s of doc.Statement ?? []) {
    if (s.Effect !== 'Allow') continue;
    const principal = s.Principal;
    if (principal && typeof principal === 'object' && 'Service' in principal)
      out.add((principal as { Service: string }).Service);
  }
  return [...out];
}

export default defineFilter({
  type: 'event-source',
  resources: ['aws.lambda'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['lambda:GetPolicy'],
  doc: {
    summary:
      'Functions by the services allowed to invoke them, read from their resource policy (GetPolicy per function): the services are kept in `c7n:EventSources`, which the value filter options test (`key` is always `c7n:EventSources`, as in Cloud Custodian). Functions without a policy never match.',
    example: "- type: event-source\n  key: ''\n  value: not-null",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['FunctionName'],
  compile(opts, ctx) {
    // Cloud Custodian replaces the policy's key with its annotation.
    const matcher = compileItemMatcher(
      { ...valueOptionsOf(opts), key: ANNOTATION } as ValueOptions,
      ctx.baseDir,
    );
    return {
      kind: 'process',
      async process(functions, ectx) {
        const withPolicy = (await withPolicies(functions, ectx)).filter((f) => POLICY in f && f[POLICY]);
        for (const f of withPolicy) {
          const found = sources(f[POLICY]);
          if (found.length) f[ANNOTATION] = found;
        }
        const hits = await matcher(withPolicy as Resource[], ectx);
        return withPolicy.filter((f) => hits.has(f));
      },
    };
  },
});
