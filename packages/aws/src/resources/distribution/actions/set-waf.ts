import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { classicTargetId, listClassicWebAcls } from '../../../common/filters/web-acl.js';
import { readConfig, updateCall } from './_config.js';

/** WAF Classic's global web ACLs are managed through us-east-1. */
const WAF_REGION = 'us-east-1';

export default defineAction({
  type: 'set-waf',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['web-acl'],
    properties: {
      'web-acl': {
        type: 'string',
        description: 'Name (or id) of the WAF Classic global web ACL to set; it must exist.',
      },
      force: {
        type: 'boolean',
        description:
          'Also replace the web ACL of distributions that have one (otherwise they are left alone).',
      },
      state: {
        type: 'boolean',
        description:
          'Accepted as in Cloud Custodian, whose CloudFront set-waf does not read it: the ACL is always set.',
      },
    },
  } as const,
  // c7n leaves out the GetDistributionConfig read that UpdateDistribution needs (its ETag).
  permissions: ['cloudfront:UpdateDistribution', 'waf:ListWebACLs', 'cloudfront:GetDistributionConfig'],
  doc: {
    summary:
      'Set a WAF Classic web ACL on distributions (by name or id, listed with ListWebACLs and GetWebACL each): GetDistributionConfig, then UpdateDistribution with its id as `WebACLId`. Distributions that already have an ACL are left alone unless `force` is set, as in Cloud Custodian.',
    example: '- type: set-waf\n  web-acl: test\n  force: true',
  },
  reads: () => ['Id', 'WebACLId'],
  async plan(distributions, opts, ctx) {
    const read = ctx.read;
    if (!read) throw new Error('set-waf needs to list the web ACLs');
    const acls = await listClassicWebAcls(
      async (op, input) => (await read('waf', op, input, WAF_REGION)) as Record<string, unknown>,
    );
    const target = classicTargetId(acls, opts['web-acl']) as string;
    const calls: PlannedCall[] = [];
    for (const d of distributions) {
      if (d.WebACLId && !opts.force) continue;
      if (d.WebACLId === target) continue;
      const id = String(d.Id);
      const cfg = await readConfig(ctx, id, 'set-waf');
      if (!cfg) continue;
      cfg.config.WebACLId = target;
      calls.push(updateCall(id, cfg, `set the WAF Classic web ACL ${target} on distribution ${id}`));
    }
    return calls;
  },
});
