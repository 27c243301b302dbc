import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { regionOf } from './fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from './value-over.js';

type Alias = { AliasName?: string; AliasArn?: string; TargetKeyId?: string };

/** Every alias of the region that targets a key (ListAliases, all pages), by target key id. */
async function aliasesByKey(ctx: EvalContext): Promise<Map<string, Resource>> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  const byKey = new Map<string, Resource>();
  let marker: string | undefined;
  do {
    const out = await p.send('kms', 'ListAliases', marker ? { Marker: marker } : {}, region);
    // c7n's kms alias listing drops aliases without a target (AWS managed, never used); a later
    // alias of the same key wins, as c7n builds its dict.
    for (const a of (out.Aliases ?? []) as Alias[])
      if (a.TargetKeyId) byKey.set(a.TargetKeyId, a as Resource);
    marker = out.Truncated ? (out.NextMarker as string | undefined) : undefined;
  } while (marker);
  return byKey;
}

/** A key ARN ends in `key/<id>`; a bare id is used as it is. */
function keyIdOf(kmsKeyId: string): string {
  const at = kmsKeyId.indexOf('key/');
  return at < 0 ? kmsKeyId : kmsKeyId.slice(at + 4);
}

export default defineFilter({
  type: 'kms-alias',
  resources: ['aws.ebs', 'aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['kms:ListAliases'],
  doc: {
    summary:
      "Resources by the alias of their KMS key (`KmsKeyId`): value filter options apply to the alias (`AliasName`, `AliasArn`, `TargetKeyId`) from KMS ListAliases, which the resource keeps under `KeyAlias`. Unencrypted resources, and those whose key has no alias, don't match.",
    example: "- type: kms-alias\n  key: AliasName\n  value: '^(alias/aws/)'\n  op: regex",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['KmsKeyId'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const aliases = await aliasesByKey(ectx);
        const encrypted = rs.filter((r) => typeof r.KmsKeyId === 'string' && r.KmsKeyId !== '');
        const hits = await matcher([...new Set(aliases.values())], ectx);
        return encrypted.filter((r) => {
          const alias = aliases.get(keyIdOf(r.KmsKeyId as string));
          if (alias) r.KeyAlias = alias;
          // c7n fails the whole policy on a key without an alias; here that resource doesn't match.
          return alias !== undefined && hits.has(alias);
        });
      },
    };
  },
});
