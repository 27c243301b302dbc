import type { Resource } from '@c7n-ts/core';
import { aliasNamesByKey } from '../../common/kms/keys.js';
import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource, type SendFn } from '../types.js';

/** Key id -> alias names, one ListAliases listing per fetch (keyed on the fetch's `send`). */
const aliasMaps = new WeakMap<SendFn, Promise<Map<string, string[]>>>();

/**
 * Cloud Custodian's key augment: DescribeKey (by the listed KeyArn) merged into the key; when the
 * caller may not describe it, the key keeps its listed fields and `Arn` is its KeyArn. Then
 * `AliasNames`, the aliases targeting the key, when it has any.
 */
const describeKey: AugmentHook = async (key, send) => {
  if (!('Arn' in key)) {
    try {
      const out = await send('DescribeKey', { KeyId: key.KeyArn ?? key.KeyId });
      Object.assign(key, out.KeyMetadata ?? {});
    } catch (e) {
      if (errorCode(e) !== 'AccessDeniedException') throw e;
      key.Arn = key.KeyArn;
    }
  }
  let aliases = aliasMaps.get(send);
  if (!aliases) {
    aliases = aliasNamesByKey(send);
    aliasMaps.set(send, aliases);
  }
  const names = (await aliases).get(String(key.KeyId));
  if (names?.length) key.AliasNames = names;
  return key;
};

/** `AliasNames` of keys loaded from AWS Config, from one ListAliases listing. */
async function addAliasNames(keys: Resource[], send: SendFn): Promise<void> {
  const aliases = await aliasNamesByKey(send);
  for (const key of keys) {
    const names = aliases.get(String(key.KeyId));
    if (names?.length) key.AliasNames = names;
  }
}

export default awsResource({
  type: 'aws.kms-key',
  aliases: ['kms-key'],
  id: 'KeyId',
  name: 'KeyId',
  date: 'CreationDate',
  taggable: true,
  reportFields: ['KeyId', 'Description', 'KeyState', 'KeyManager', 'CreationDate'],
  permissions: [
    'kms:ListKeys',
    'kms:DescribeKey',
    'kms:ListAliases',
    'kms:ListResourceTags',
    'tag:GetResources',
  ],
  extraFields: ['KeyArn', 'AliasNames', 'Tags'],
  doc: {
    summary:
      'KMS keys, listed with ListKeys; each key is completed with its DescribeKey metadata and `AliasNames` (from one ListAliases listing), as Cloud Custodian does. Tags come from the Resource Groups Tagging API, as c7n marks the type `universal_taggable`.',
    example: [
      'name: customer-keys-disabled',
      'resource: aws.kms-key',
      'filters:',
      '  - KeyManager: CUSTOMER',
      '  - KeyState: Disabled',
    ].join('\n'),
  },
  source: {
    service: 'kms',
    list: {
      operation: 'ListKeys',
      items: 'Keys',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    augment: describeKey,
    tags: { kind: 'tagging-api', resourceTypeFilter: 'kms:key' },
    arn: { field: 'Arn' },
    configType: 'AWS::KMS::Key',
    // c7n's ConfigKey: a key loaded from Config gets its alias names too.
    config: { complete: addAliasNames, permissions: ['kms:ListAliases'] },
    shape: { service: 'kms', name: 'KeyMetadata' },
  },
});
