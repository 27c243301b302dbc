import { defineFilter, type Resource, toMs, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:LastRotation';

export default defineFilter({
  type: 'last-rotation',
  resources: ['aws.kms-key'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['kms:ListKeyRotations'],
  doc: {
    summary:
      'Keys by their latest rotation: value filter options apply to the rotation with the latest `RotationDate` (every page of ListKeyRotations), kept in `c7n:LastRotation`; a key never rotated (or whose rotations cannot be read) has none, which `value: absent` matches.',
    example: '- type: last-rotation\n  key: RotationDate\n  value: 365\n  value_type: age\n  op: gte',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['KeyId', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(keys, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const k of keys) {
          if (ANNOTATION in k) continue;
          const rotations: Record<string, unknown>[] = [];
          try {
            let marker: unknown;
            do {
              const input: Record<string, unknown> = { KeyId: k.KeyId };
              if (marker !== undefined) input.Marker = marker;
              const page = await p.send('kms', 'ListKeyRotations', input, region);
              rotations.push(...((page.Rotations ?? []) as Record<string, unknown>[]));
              marker = page.Truncated ? page.NextMarker : undefined;
            } while (marker !== undefined);
          } catch (e) {
            // As Cloud Custodian: an error is logged and the key counts as never rotated.
            ectx.log?.('warn', `kms-key: cannot list the rotations of ${String(k.KeyId)} (${errorCode(e)})`);
          }
          let latest: Record<string, unknown> | null = null;
          for (const r of rotations)
            if (latest === null || toMs(r.RotationDate ?? 0) > toMs(latest.RotationDate ?? 0)) latest = r;
          k[ANNOTATION] = latest;
        }
        const values = keys.map((k) => (k[ANNOTATION] ?? {}) as Resource);
        const hits = await matcher(values, ectx);
        return keys.filter((_, n) => hits.has(values[n] as Resource));
      },
    };
  },
});
