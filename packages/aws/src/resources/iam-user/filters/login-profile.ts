/**
 * Cloud Custodian's iam-user login-profile: GetLoginProfile per user; users with a console
 * password (a profile naming them) match, and `c7n:LoginProfile` records the answer. c7n's
 * schema takes the value filter's options but compares none of them: so here.
 */
import { defineFilter, type Problem, type Resource } from '@c7n-ts/core';
import { valueProperties } from '../../../common/filters/value-over.js';
import { IAM_USER, iamSend, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:LoginProfile';

export default defineFilter({
  type: 'login-profile',
  resources: ['aws.iam-user'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['iam:GetLoginProfile'],
  messages: { ignored: 'login-profile compares no value options (as in Cloud Custodian); they are ignored.' },
  doc: {
    summary:
      'IAM users who have a console password (a login profile): GetLoginProfile per user, the answer kept as `c7n:LoginProfile` (true or false).',
    example: '- type: login-profile',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys(opts))
      problems.push({
        messageId: 'ignored',
        message: 'login-profile compares no value options (as in Cloud Custodian); they are ignored.',
        path: [key],
        at: 'key',
        severity: 'warning',
      });
    return problems;
  },
  reads: () => ['UserName'],
  compile() {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const out: Resource[] = [];
        for (const r of rs) {
          const name = nameOf(IAM_USER, r);
          r[ANNOTATION] = false;
          if (!name) continue;
          try {
            const page = await iamSend(ctx, 'GetLoginProfile', { UserName: name });
            if ((page.LoginProfile as { UserName?: string } | undefined)?.UserName === name)
              r[ANNOTATION] = true;
          } catch (e) {
            if (!NO_SUCH_ENTITY.includes(errorCode(e) ?? '')) throw e;
          }
          if (r[ANNOTATION]) out.push(r);
        }
        return out;
      },
    };
  },
});
