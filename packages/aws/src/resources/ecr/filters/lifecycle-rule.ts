import {
  type CompileContext,
  checkFilterItems,
  compileFilters,
  coreFilters,
  defineFilter,
  type RegistryView,
  type Resource,
} from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:lifecycle-policy';

/** Inside `match` only value filters apply (c7n builds a ValueFilter from each). */
function valueOnly(ctx: CompileContext): CompileContext {
  const value = coreFilters.find((f) => f.type === 'value');
  const registry: RegistryView = {
    filter: (_rt, name) => (name === 'value' ? value : undefined),
    action: () => undefined,
    resource: (t) => ctx.registry.resource(t),
  };
  return { ...ctx, registry };
}

export default defineFilter({
  type: 'lifecycle-rule',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description:
          'true: repositories whose lifecycle rules match; false (the default): repositories whose rules do not (or that have none).',
      },
      match: {
        type: 'array',
        items: { type: 'object' },
        description:
          'Value filters a lifecycle rule must pass (`{selection.tagStatus: untagged}` or a full value filter).',
      },
    },
  } as const,
  permissions: ['ecr:GetLifecyclePolicy'],
  doc: {
    summary:
      "Repositories by their lifecycle policy's rules: GetLifecyclePolicy per repository (kept in `c7n:lifecycle-policy`, `{}` without one), each rule tested against `match`.",
    example:
      '- type: lifecycle-rule\n  state: false\n  match:\n    - selection.tagStatus: untagged\n    - action.type: expire',
  },
  check: (opts, ctx) => checkFilterItems(opts.match ?? [], valueOnly(ctx), ['match']),
  reads: () => ['repositoryName', ANNOTATION],
  compile(opts, ctx) {
    const matchers = (opts.match ?? []).map((f) => compileFilters([f], valueOnly(ctx)));
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        for (const r of resources) {
          if (ANNOTATION in r) continue;
          try {
            const out = await p.send(
              'api.ecr',
              'GetLifecyclePolicy',
              { repositoryName: r.repositoryName },
              region,
            );
            r[ANNOTATION] = JSON.parse(String(out.lifecyclePolicyText ?? '{}'));
          } catch (e) {
            if (errorCode(e) !== 'LifecyclePolicyNotFoundException') throw e;
            r[ANNOTATION] = {};
          }
        }
        const out: Resource[] = [];
        for (const r of resources) {
          const rules = ((r[ANNOTATION] as { rules?: unknown[] }).rules ?? []) as Resource[];
          // As c7n: each rule sets `found` afresh, so the last rule decides.
          let found = false;
          for (const rule of rules) {
            found = true;
            for (const m of matchers) if ((await m.evaluate([{ ...rule }], ectx)).length === 0) found = false;
          }
          if (found === state) out.push(r);
        }
        return out;
      },
    };
  },
});
