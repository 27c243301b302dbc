/**
 * Cloud Custodian's iam-user mfa-device: ListMFADevices per user lacking `MFADevices`, stored
 * there; the value options then compare the user's `MFADevices` (c7n forces `key` to it, so a
 * `key` given is ignored, with a warning): `value: empty` finds users without MFA.
 */
import { defineFilter, type Problem, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { IAM_USER, iamSend, nameOf } from '../../../common/iam/principal.js';

const KEY = 'MFADevices';

export default defineFilter({
  type: 'mfa-device',
  resources: ['aws.iam-user'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['iam:ListMFADevices'],
  messages: { ...valueMessages, 'key-ignored': 'mfa-device always compares `MFADevices`; `key` is ignored.' },
  doc: {
    summary:
      'IAM users by their MFA devices: ListMFADevices per user, stored in `MFADevices`, which the value options compare (`value: empty` for users without MFA, `not-null`... ).',
    example: '- type: mfa-device\n  value: empty',
  },
  check(opts) {
    const problems: Problem[] = [...checkEmbeddedValue({ ...opts, key: KEY })];
    if (opts.key !== undefined && opts.key !== KEY)
      problems.push({
        messageId: 'key-ignored',
        message: 'mfa-device always compares `MFADevices`; `key` is ignored.',
        path: ['key'],
        at: 'key',
        severity: 'warning',
      });
    return problems;
  },
  reads: () => ['UserName', KEY],
  compile(opts, cctx) {
    const matcher = compileItemMatcher({ ...valueOptionsOf(opts), key: KEY } as ValueOptions, cctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ctx) {
        for (const r of rs) {
          if (KEY in r) continue;
          const name = nameOf(IAM_USER, r);
          const page = name ? await iamSend(ctx, 'ListMFADevices', { UserName: name }) : {};
          r[KEY] = (page.MFADevices ?? []) as Resource[];
        }
        return [...(await matcher(rs, ctx))];
      },
    };
  },
});
