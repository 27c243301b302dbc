import { defineAction, type PlannedCall, pyRegex } from '@c7n-ts/core';
import { webAclPatternProblems } from '../../../common/filters/web-acl.js';
import { readConfig, updateCall } from './_config.js';

/** CloudFront web ACLs are global, managed through us-east-1. */
const CLOUDFRONT_REGION = 'us-east-1';

export default defineAction({
  type: 'set-wafv2',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'web-acl': {
        type: 'string',
        description:
          'Regular expression (anchored at the start) that must match the name of exactly one CLOUDFRONT-scope WAFv2 web ACL; needed when `state` is true.',
      },
      force: {
        type: 'boolean',
        description:
          'Also replace the web ACL of distributions that have one (otherwise they are left alone).',
      },
      state: {
        type: 'boolean',
        default: true,
        description: 'true (the default): associate the web ACL; false: remove the association.',
      },
    },
  } as const,
  // c7n leaves out the GetDistributionConfig read that UpdateDistribution needs (its ETag).
  permissions: ['cloudfront:UpdateDistribution', 'wafv2:ListWebACLs', 'cloudfront:GetDistributionConfig'],
  doc: {
    summary:
      'Associate distributions with a WAFv2 web ACL (the one CLOUDFRONT-scope ACL whose name `web-acl` matches, ListWebACLs in us-east-1) or, with `state: false`, disassociate them: GetDistributionConfig, then UpdateDistribution with the new `WebACLId`. Distributions that already have an ACL are left alone unless `force` is set, as in Cloud Custodian.',
    example: '- type: set-wafv2\n  state: true\n  force: true\n  web-acl: FMManagedWebACLV2-FMS-edge',
  },
  messages: { 'bad-web-acl-pattern': 'web-acl is not a usable regular expression: {{error}}' },
  check: (opts) => webAclPatternProblems(opts['web-acl']),
  reads: () => ['Id', 'WebACLId'],
  async plan(distributions, opts, ctx) {
    if (!ctx.read) throw new Error('set-wafv2 needs to list the web ACLs');
    const out = (await ctx.read('wafv2', 'ListWebACLs', { Scope: 'CLOUDFRONT' }, CLOUDFRONT_REGION)) as {
      WebACLs?: { Name?: string; ARN?: string }[];
    };
    let target = '';
    if (opts.state ?? true) {
      const pattern = opts['web-acl'] ?? '';
      const re = pyRegex(pattern, { anchorStart: true });
      const matching = (out.WebACLs ?? []).filter((w) => re.test(w.Name ?? ''));
      if (matching.length !== 1)
        throw new Error(
          `set-wafv2: web-acl ${JSON.stringify(pattern)} matches ${matching.length} web ACLs, not one`,
        );
      target = matching[0]?.ARN ?? '';
    }
    const calls: PlannedCall[] = [];
    for (const d of distributions) {
      if (d.WebACLId && !opts.force) continue;
      if ((d.WebACLId ?? '') === target) continue;
      const id = String(d.Id);
      const read = await readConfig(ctx, id, 'set-wafv2');
      if (!read) continue;
      read.config.WebACLId = target;
      calls.push(
        updateCall(
          id,
          read,
          target ? `associate distribution ${id} with ${target}` : `remove the web ACL of distribution ${id}`,
        ),
      );
    }
    return calls;
  },
});
