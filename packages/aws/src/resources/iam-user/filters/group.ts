/**
 * Cloud Custodian's iam-user group: ListGroupsForUser per user not yet annotated (one page, as
 * c7n), kept in `c7n:Groups`; users with a group matching the value options match.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { IAM_USER, iamSend, nameOf } from '../../../common/iam/principal.js';

export default defineFilter({
  type: 'group',
  resources: ['aws.iam-user'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['iam:ListGroupsForUser'],
  messages: valueMessages,
  doc: {
    summary:
      'IAM users in a group matching the value options (GroupName, Arn, Path...): ListGroupsForUser per user, kept in `c7n:Groups`.',
    example: '- type: group\n  key: GroupName\n  value: Admins',
  },
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['UserName'],
  compile(opts, cctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, cctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ctx) {
        for (const r of rs) {
          if ('c7n:Groups' in r) continue;
          const name = nameOf(IAM_USER, r);
          const page = name ? await iamSend(ctx, 'ListGroupsForUser', { UserName: name }) : {};
          r['c7n:Groups'] = (page.Groups ?? []) as Resource[];
        }
        const out: Resource[] = [];
        for (const r of rs) if ((await matcher((r['c7n:Groups'] ?? []) as Resource[], ctx)).size) out.push(r);
        return out;
      },
    };
  },
});
