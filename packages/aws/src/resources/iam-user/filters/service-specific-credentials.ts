/**
 * Cloud Custodian's iam-user service-specific-credentials: one listing of every user's
 * credentials (ListServiceSpecificCredentials with AllUsers, 100 a page, at most 50 pages, as
 * c7n), kept per user in `c7n:ServiceSpecificCredentials`; users with a credential matching the
 * value options match, the matching ones merged into `c7n:matched-service-specific-credentials`
 * (intersected with earlier matches, as c7n's top-level `and` block).
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { iamSend } from '../../../common/iam/principal.js';

const ANNOTATION = 'c7n:ServiceSpecificCredentials';
const MATCHED = 'c7n:matched-service-specific-credentials';
const MAX_PAGES = 50;

export default defineFilter({
  type: 'service-specific-credentials',
  resources: ['aws.iam-user'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['iam:ListServiceSpecificCredentials'],
  messages: valueMessages,
  doc: {
    summary:
      "IAM users with a service-specific credential (CodeCommit, Keyspaces...) matching the value options (ServiceName, Status, CreateDate): one listing of every user's credentials, kept in `c7n:ServiceSpecificCredentials`.",
    example:
      '- type: service-specific-credentials\n  key: CreateDate\n  value_type: age\n  value: 90\n  op: gt',
  },
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['UserName'],
  compile(opts, cctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, cctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ctx) {
        const byUser = new Map<string, Resource[]>();
        let marker: unknown;
        for (let page = 0; page < MAX_PAGES; page++) {
          const out = await iamSend(ctx, 'ListServiceSpecificCredentials', {
            AllUsers: true,
            MaxItems: 100,
            ...(marker !== undefined && { Marker: marker }),
          });
          for (const c of (out.ServiceSpecificCredentials ?? []) as Resource[]) {
            const user = String(c.UserName);
            byUser.set(user, [...(byUser.get(user) ?? []), c]);
          }
          if (out.IsTruncated !== true) break;
          marker = out.Marker;
        }
        const matched: Resource[] = [];
        for (const r of rs) {
          const creds = byUser.get(String(r.UserName));
          if (!creds) continue;
          r[ANNOTATION] = creds;
          const hits = [...(await matcher(creds, ctx))];
          const prior = Array.isArray(r[MATCHED]) ? (r[MATCHED] as Resource[]) : undefined;
          r[MATCHED] = prior
            ? hits.filter((h) => prior.some((p) => JSON.stringify(p) === JSON.stringify(h)))
            : hits;
          if (hits.length) matched.push(r);
        }
        return matched;
      },
    };
  },
});
