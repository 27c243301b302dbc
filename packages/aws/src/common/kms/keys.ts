/**
 * KMS lookups shared by the `aws.kms-key` type and the `kms-key` filter of other types, as Cloud
 * Custodian's kms-key resource manager makes them: its alias map (one ListAliases listing) and
 * its keys by id (one DescribeKey each).
 */
import type { Resource } from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';
import type { SendFn } from '../../resources/types.js';

/**
 * Key id -> the names of the aliases targeting it, in listing order (every ListAliases page).
 * Aliases without a target (AWS managed keys never used) are left out, as c7n's alias listing does.
 */
export async function aliasNamesByKey(send: SendFn): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  let marker: unknown;
  do {
    const page = await send('ListAliases', marker === undefined ? {} : { Marker: marker });
    for (const a of (page.Aliases ?? []) as Record<string, unknown>[]) {
      if (typeof a.TargetKeyId !== 'string') continue;
      byKey.set(a.TargetKeyId, [...(byKey.get(a.TargetKeyId) ?? []), String(a.AliasName)]);
    }
    marker = page.Truncated ? page.NextMarker : undefined;
  } while (marker !== undefined);
  return byKey;
}

/**
 * Keys by id, ARN or alias (c7n's kms-key `get_resources` below its fetch threshold): the
 * KeyMetadata of one DescribeKey per id, in order; an id KMS does not know is skipped.
 */
export async function describeKeys(ids: readonly string[], send: SendFn): Promise<Resource[]> {
  const keys: Resource[] = [];
  for (const id of ids) {
    try {
      const out = await send('DescribeKey', { KeyId: id });
      if (out.KeyMetadata) keys.push(out.KeyMetadata as Resource);
    } catch (e) {
      if (errorCode(e) !== 'NotFoundException') throw e;
    }
  }
  return keys;
}
