import { defineFilter } from '@c7n-ts/core';
import { providerOf } from '../../../common/filters/fetch-related.js';
import { classicTargetId, listClassicWebAcls } from '../../../common/filters/web-acl.js';

/** WAF Classic's global web ACLs are managed through us-east-1. */
const WAF_REGION = 'us-east-1';

export default defineFilter({
  type: 'waf-enabled',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'web-acl': {
        type: 'string',
        description: 'Name (or id) of a WAF Classic global web ACL; it must exist.',
      },
      state: {
        type: 'boolean',
        description:
          'true: distributions with that web ACL (any web ACL without `web-acl`); false (the default): the others.',
      },
    },
  } as const,
  permissions: ['waf:ListWebACLs', 'waf:GetWebACL'],
  doc: {
    summary:
      "Distributions by their WAF Classic web ACL (`WebACLId`): the global ACLs are listed (ListWebACLs, GetWebACL each). Without `web-acl`, `state: true` matches any `WebACLId` and `state: false` one that is empty or names no Classic ACL (a WAFv2 ARN); with it, whether `WebACLId` is that ACL's id. A `web-acl` naming no ACL fails the policy, as in Cloud Custodian.",
    example: '- type: waf-enabled\n  state: false\n  web-acl: test',
  },
  reads: () => ['WebACLId'],
  compile(opts) {
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(distributions, ectx) {
        const p = providerOf(ectx);
        const acls = await listClassicWebAcls((op, input) => p.send('waf', op, input, WAF_REGION));
        const ids = new Set(acls.map((a) => a.WebACLId));
        const target = classicTargetId(acls, opts['web-acl']);
        return distributions.filter((d) => {
          const id = d.WebACLId;
          if (target === undefined) return state ? Boolean(id) : !id || !ids.has(id);
          return state ? id === target : id !== target;
        });
      },
    };
  },
});
