import { type CompileContext, comparisonOp, defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

/** Cloud Custodian's key for the usage items (one GetKeyLastUsage answer per key). */
const LAST_USAGE = 'c7n:LastUsage';
const KEY = `"${LAST_USAGE}"`;

/** The core `list-item` filter, which this one runs over the annotation. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'last-usage',
  resources: ['aws.kms-key'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, and/or/not) the GetKeyLastUsage answer must pass, as in `list-item`: `KeyLastUsage.Timestamp`, `KeyLastUsage.Operation`, `TrackingStartDate`, `KeyCreationDate`.',
      },
      count: { type: 'number', description: 'Match on the number of answers that pass (0 or 1) instead.' },
      count_op: {
        ...comparisonOp,
        description: `How count compares. ${comparisonOp.description} Default eq.`,
      },
    },
  } as const,
  permissions: ['kms:GetKeyLastUsage'],
  doc: {
    summary:
      'Keys by their last use (GetKeyLastUsage per key, kept in `c7n:LastUsage` as a one-item list): as `list-item` over it. `KeyLastUsage` is empty for a key not used since tracking began; a key whose usage cannot be read has no item. Do not schedule deletion on this alone: disable the key first and watch CloudTrail.',
    example: [
      '- type: last-usage',
      '  attrs:',
      '    - type: value',
      '      key: KeyLastUsage.Timestamp',
      '      value: 30',
      '      value_type: age',
      '      op: gte',
    ].join('\n'),
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['KeyId', LAST_USAGE],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(keys, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const k of keys) {
          if (LAST_USAGE in k) continue;
          try {
            const out = { ...(await p.send('kms', 'GetKeyLastUsage', { KeyId: k.KeyId }, region)) };
            delete out.$metadata;
            delete out.ResponseMetadata;
            k[LAST_USAGE] = [out];
          } catch (e) {
            ectx.log?.('warn', `kms-key: cannot get the last usage of ${String(k.KeyId)} (${errorCode(e)})`);
            k[LAST_USAGE] = [];
          }
        }
        return inner.kind === 'process'
          ? inner.process(keys, ectx)
          : keys.filter((k) => inner.match(k, ectx));
      },
    };
  },
});
