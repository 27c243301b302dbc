/**
 * Cloud Custodian's `missing`: a policy inside the filter, run without actions; the account
 * matches when that policy matches no resource (a bucket, a trail, a role that should exist).
 */
import {
  checkEmbeddedPolicy,
  compileFilters,
  defineFilter,
  embeddedPolicyProperties,
  type Problem,
  policyPermissions,
  type Registry,
  type Resource,
} from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

/** Keys c7n refuses in an embedded policy: it only polls, it does not act. */
const REFUSED: Readonly<Record<string, string>> = {
  mode: "an execution mode can't be given in the embedded policy of a missing filter",
  actions: "actions can't be given in the embedded policy of a missing filter",
};
/** Keys that would change what the embedded policy sees; not carried over yet. */
const NOT_YET = ['conditions', 'region', 'query', 'start', 'end'];
/** Keys about acting, which an embedded policy never does. */
const IGNORED = ['max-resources', 'max-resources-percent'];

export default defineFilter({
  type: 'missing',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['policy'],
    properties: {
      policy: {
        type: 'object',
        additionalProperties: false,
        required: ['resource'],
        properties: embeddedPolicyProperties,
        description:
          'The embedded policy: `resource` and `filters` (no `actions` or `mode`); the account matches when it matches nothing.',
      },
    },
  } as const,
  // As c7n: the embedded policy's (its type's listing and its filters').
  permissions: (opts, _rt, registry) => {
    const rt = registry?.resource(String(opts.policy?.resource));
    if (!rt || !registry) return [];
    const filters = Array.isArray(opts.policy.filters) ? opts.policy.filters : [];
    // The loader's registry is the whole registry; the view type only narrows what elements call.
    return policyPermissions({ filters }, rt, registry as Registry).actions;
  },
  messages: {
    'embedded-refused': 'a key Cloud Custodian refuses in an embedded policy',
    'embedded-not-supported': 'a key not supported yet in an embedded policy',
    'embedded-ignored': 'a key an embedded policy ignores',
  },
  doc: {
    summary:
      "The account when a policy embedded in the filter matches no resource: its resource type is listed (in the run's region) and its filters applied, with no actions, as Cloud Custodian polls it. Use it to report something that should exist and does not.",
    example: [
      '- type: missing',
      '  policy:',
      '    resource: aws.s3',
      '    filters:',
      '      - Name: audit-logs',
    ].join('\n'),
  },
  check(opts, ctx) {
    const policy = opts.policy as Record<string, unknown>;
    const problems: Problem[] = [];
    for (const key of Object.keys(policy)) {
      const at = { path: ['policy', key], at: 'key' as const };
      if (REFUSED[key]) problems.push({ messageId: 'embedded-refused', message: REFUSED[key], ...at });
      else if (NOT_YET.includes(key) || (key === 'source' && policy.source !== 'describe'))
        problems.push({
          messageId: 'embedded-not-supported',
          message: `"${key}" in the embedded policy of a missing filter is not supported yet`,
          ...at,
        });
      else if (IGNORED.includes(key))
        problems.push({
          messageId: 'embedded-ignored',
          severity: 'warning',
          message: `"${key}" is ignored in the embedded policy of a missing filter, which never acts`,
          ...at,
        });
    }
    return [...problems, ...checkEmbeddedPolicy(policy, ['policy'], ctx).problems];
  },
  reads: () => [],
  compile(opts, cctx) {
    const { policy } = checkEmbeddedPolicy(opts.policy as Record<string, unknown>, ['policy'], cctx);
    if (!policy) throw new Error(`missing: unknown resource type ${String(opts.policy.resource)}`);
    const rt = policy.resourceType;
    const filters = compileFilters(policy.filters, {
      resourceType: rt,
      policyName: cctx.policyName,
      registry: cctx.registry,
      ...(cctx.baseDir && { baseDir: cctx.baseDir }),
    });
    return {
      kind: 'process',
      async process(accounts, ctx) {
        const p = awsProvider(ctx);
        // The listing is shared with other filters of the run: filters may annotate, so copies.
        const listed = await p.related(rt.type, regionOf(ctx, p));
        const found = await filters.evaluate(
          listed.map((r) => structuredClone(r) as Resource),
          ctx,
        );
        return found.length ? [] : accounts;
      },
    };
  },
});
