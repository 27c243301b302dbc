import { type AugmentHook, awsResource } from '../types.js';

/** As Cloud Custodian's alias source: aliases that target no key (unused AWS aliases) are dropped. */
const targetingKey: AugmentHook = async (alias) => ('TargetKeyId' in alias ? alias : undefined);

export default awsResource({
  type: 'aws.kms',
  aliases: ['kms'],
  id: 'AliasArn',
  name: 'AliasName',
  taggable: false,
  reportFields: ['AliasName', 'TargetKeyId', 'AliasArn'],
  permissions: ['kms:ListAliases'],
  doc: {
    summary:
      'KMS key aliases, listed with ListAliases; aliases that target no key are left out, as Cloud Custodian does. Aliases carry no tags.',
    example: [
      'name: aws-managed-aliases',
      'resource: aws.kms',
      'filters:',
      '  - type: value',
      '    key: AliasName',
      '    op: glob',
      "    value: 'alias/aws/*'",
    ].join('\n'),
  },
  source: {
    service: 'kms',
    list: {
      operation: 'ListAliases',
      items: 'Aliases',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    augment: targetingKey,
    tags: { kind: 'none' },
    arn: { field: 'AliasArn' },
    configType: 'AWS::KMS::Alias',
    shape: { service: 'kms', name: 'AliasListEntry' },
  },
});
