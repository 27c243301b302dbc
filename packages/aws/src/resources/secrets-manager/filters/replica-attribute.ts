import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { isServiceError } from '../../../query/errors.js';

const ANNOTATION = 'c7n:Replicas';

export default defineFilter({
  type: 'replica-attribute',
  resources: ['aws.secrets-manager'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['secretsmanager:DescribeSecret'],
  doc: {
    summary:
      "Secrets with a replica (not the primary) that passes the value filter options: each replica in `ReplicationStatus` is described (DescribeSecret by name in the replica's region, with its `Region` added) and kept in `c7n:Replicas`. A replica that cannot be described is skipped with a warning.",
    example:
      "- type: replica-attribute\n  key: LastAccessedDate\n  op: ge\n  value: '2023-01-01'\n  value_type: date",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Name', 'ReplicationStatus'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(secrets, ectx) {
        // As c7n, the replicas are described again each time the filter runs.
        for (const s of secrets) {
          const status = Array.isArray(s.ReplicationStatus) ? (s.ReplicationStatus as Resource[]) : [];
          const replicas: Resource[] = [];
          for (const replica of status) {
            const region = String(replica.Region ?? '');
            try {
              const out = {
                ...(await providerOf(ectx).send(
                  'secretsmanager',
                  'DescribeSecret',
                  { SecretId: s.Name },
                  region,
                )),
              };
              delete out.$metadata;
              delete out.ResponseMetadata;
              replicas.push({ ...out, Region: region });
            } catch (e) {
              if (!isServiceError(e)) throw e;
              ectx.log?.(
                'warn',
                `secrets-manager: cannot describe the replica of ${String(s.Name)} in ${region}: ${e.name}`,
              );
            }
          }
          if (replicas.length) s[ANNOTATION] = replicas;
        }
        const all = secrets.flatMap((s) => (s[ANNOTATION] as Resource[] | undefined) ?? []);
        const hits = await matcher(all, ectx);
        return secrets.filter((s) =>
          ((s[ANNOTATION] as Resource[] | undefined) ?? []).some((r) => hits.has(r)),
        );
      },
    };
  },
});
