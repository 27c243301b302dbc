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

const ANNOTATION = 'c7n:CurrentSecretVersion';

export default defineFilter({
  type: 'current-version',
  resources: ['aws.secrets-manager'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['secretsmanager:ListSecretVersionIds'],
  doc: {
    summary:
      'Secrets by their current version (the one labelled `AWSCURRENT`): ListSecretVersionIds per secret (by ARN), the current versions kept in `c7n:CurrentSecretVersion`; the value filter options test the first. A secret without one does not match.',
    example: '- type: current-version\n  key: CreatedDate\n  op: gt\n  value: 90\n  value_type: age',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ARN', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(secrets, ectx) {
        for (const s of secrets) {
          if (ANNOTATION in s) continue;
          const p = providerOf(ectx);
          try {
            const out = await p.send(
              'secretsmanager',
              'ListSecretVersionIds',
              { SecretId: s.ARN },
              regionOf(ectx, p),
            );
            const versions = Array.isArray(out.Versions) ? (out.Versions as Resource[]) : [];
            s[ANNOTATION] = versions.filter(
              (v) => Array.isArray(v.VersionStages) && (v.VersionStages as unknown[]).includes('AWSCURRENT'),
            );
          } catch (e) {
            // As c7n: a secret deleted since the listing is left unannotated (and does not match).
            if (errorCode(e) !== 'ResourceNotFoundException') throw e;
          }
        }
        const current = secrets.map((s) => (s[ANNOTATION] as Resource[] | undefined)?.[0]);
        const hits = await matcher(
          current.filter((c): c is Resource => c !== undefined),
          ectx,
        );
        return secrets.filter((_, i) => current[i] !== undefined && hits.has(current[i] as Resource));
      },
    };
  },
});
