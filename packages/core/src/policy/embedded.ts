/**
 * A policy inside an element's options (Cloud Custodian's `missing` filter): its resource type
 * and filters checked as the loader checks a policy's, each problem located under the element.
 */
import type { CompileContext, Problem, ResourceTypeDecl } from '../define/types.js';
import type { Registry } from '../registry/index.js';
import { explainMissingType } from '../registry/missing.js';
import { validateList } from './elements.js';
import { policyProperties } from './policy-schema.js';
import type { Path } from './yaml-doc.js';

/** The policy keys, without their defaults (a key left out must stay out: `actions`, `mode`). */
export const embeddedPolicyProperties = Object.fromEntries(
  Object.entries(policyProperties).map(([k, v]) => {
    const { default: _d, ...rest } = v as Record<string, unknown>;
    return [k, rest];
  }),
) as { [K in keyof typeof policyProperties]: Omit<(typeof policyProperties)[K], 'default'> };

export interface EmbeddedPolicy {
  resourceType: ResourceTypeDecl;
  /** The filters with their option defaults applied, as the loader returns a policy's. */
  filters: unknown[];
}

/**
 * Checks the embedded policy at `path` (relative to the element) and returns it ready to
 * compile; `policy` is undefined when its resource type is unknown.
 */
export function checkEmbeddedPolicy(
  data: Readonly<Record<string, unknown>>,
  path: Path,
  ctx: CompileContext,
): { policy?: EmbeddedPolicy; problems: Problem[] } {
  // The loader hands elements the whole registry; the view type only narrows what they call.
  const registry = ctx.registry as Registry;
  const problems: Problem[] = [];
  const name = String(data.resource);
  const rt = registry.resource(name);
  if (!rt) {
    problems.push({ ...explainMissingType(registry, name), path: [...path, 'resource'], at: 'value' });
    return { problems };
  }
  const filters = Array.isArray(data.filters)
    ? validateList(data.filters, [...path, 'filters'], 'filters', {
        registry,
        rt,
        policyName: ctx.policyName,
        ...(ctx.baseDir && { baseDir: ctx.baseDir }),
        policy: data,
        report: ({ at, ...p }) => problems.push({ ...p, at: at === 'mapping' ? 'key' : at }),
      })
    : [];
  return { policy: { resourceType: rt, filters }, problems };
}
