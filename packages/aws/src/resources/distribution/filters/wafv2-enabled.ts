import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { fetchResources } from '../../../query/fetch.js';
import wafv2 from '../../wafv2/resource.js';

/** Cloud Custodian's key for the web ACL a distribution is associated with (`{}` for none). */
const ANNOTATION = 'c7n:WebACL';
/** CloudFront web ACLs are global, managed through us-east-1. */
const CLOUDFRONT_REGION = 'us-east-1';

/** c7n's legacy form: `web-acl`/`state` given, or no option at all. */
const isLegacy = (opts: Record<string, unknown>) =>
  'web-acl' in opts || 'state' in opts || Object.keys(opts).length === 0;

export default defineFilter({
  type: 'wafv2-enabled',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      'web-acl': {
        type: 'string',
        description:
          'Regular expression the associated web ACL name must match (from its start); legacy form.',
      },
      state: {
        type: 'boolean',
        description:
          'Legacy form: true matches distributions associated with a (matching) WAFv2 web ACL, false (the default) the others.',
      },
    },
  } as const,
  permissions: ['wafv2:ListWebACLs', 'wafv2:GetWebACL', 'wafv2:ListResourcesForWebACL'],
  doc: {
    summary:
      "Distributions by their WAFv2 web ACL: the CLOUDFRONT-scope web ACLs are listed once (ListWebACLs in us-east-1; with value filter options each is completed with GetWebACL and its tags) and the distribution's `WebACLId` ARN picks its ACL (`c7n:WebACL`, `{}` for none). With `state`/`web-acl` (or no option) it matches by association and ACL name; otherwise the value filter options test the ACL.",
    example: '- type: wafv2-enabled\n  state: false',
  },
  messages: valueMessages,
  check: (opts) => (isLegacy(opts) ? [] : checkEmbeddedValue(opts)),
  reads: () => ['WebACLId'],
  compile(opts, ctx) {
    const legacy = isLegacy(opts);
    const matcher = legacy
      ? undefined
      : compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const target = opts['web-acl'];
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(distributions, ectx) {
        const p = providerOf(ectx);
        const acls: Resource[] = legacy
          ? (((await p.send('wafv2', 'ListWebACLs', { Scope: 'CLOUDFRONT' }, CLOUDFRONT_REGION)).WebACLs ??
              []) as Resource[])
          : await fetchResources(wafv2, {
              clients: p.clients,
              region: CLOUDFRONT_REGION,
              query: [{ Scope: 'CLOUDFRONT' }],
            });
        for (const d of distributions) {
          if (!(ANNOTATION in d)) d[ANNOTATION] = acls.find((a) => a.ARN === d.WebACLId) ?? {};
        }
        if (matcher) {
          const found = distributions.map((d) => d[ANNOTATION] as Resource);
          const hits = await matcher(found, ectx);
          return distributions.filter((_, i) => hits.has(found[i] as Resource));
        }
        return distributions.filter((d) => {
          const acl = d[ANNOTATION] as Resource;
          const associated = Object.keys(acl).length > 0;
          // Python's re.match: anchored at the start only.
          const named = target === undefined || new RegExp(`^(?:${target})`).test(String(acl.Name ?? ''));
          return (associated && named) === state;
        });
      },
    };
  },
});
