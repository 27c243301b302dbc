import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

/** Cloud Custodian keeps the whole GetKeyRotationStatus answer under this (misleading) name. */
const ANNOTATION = 'KeyRotationEnabled';

export default defineFilter({
  type: 'key-rotation-status',
  resources: ['aws.kms-key'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['kms:GetKeyRotationStatus'],
  doc: {
    summary:
      "Keys by their rotation status: value filter options apply to the GetKeyRotationStatus answer (`KeyRotationEnabled`, `RotationPeriodInDays`...), kept in the key's `KeyRotationEnabled` as Cloud Custodian does. A key whose status cannot be read (access denied, or a key type without rotation) is matched against an empty answer.",
    example: '- type: key-rotation-status\n  key: KeyRotationEnabled\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['KeyId', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const r of rs) {
          if (ANNOTATION in r) continue;
          try {
            const out = { ...(await p.send('kms', 'GetKeyRotationStatus', { KeyId: r.KeyId }, region)) };
            delete out.$metadata;
            delete out.ResponseMetadata;
            r[ANNOTATION] = out;
          } catch (e) {
            const code = errorCode(e);
            if (code !== 'AccessDeniedException' && code !== 'UnsupportedOperationException') throw e;
            ectx.log?.('warn', `kms-key: ${code} getting the rotation status of ${String(r.KeyId)}`);
          }
        }
        const values = rs.map((r) => (r[ANNOTATION] ?? {}) as Resource);
        const hits = await matcher(values, ectx);
        return rs.filter((_, n) => hits.has(values[n] as Resource));
      },
    };
  },
});
