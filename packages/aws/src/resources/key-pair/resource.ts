import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.key-pair',
  aliases: ['key-pair'],
  id: 'KeyPairId',
  name: 'KeyName',
  taggable: true,
  reportFields: ['KeyPairId', 'KeyName', 'KeyType', 'CreateTime'],
  permissions: ['ec2:DescribeKeyPairs'],
  doc: {
    summary: 'EC2 key pairs, listed with DescribeKeyPairs (one call, no paging).',
    example: ['name: rsa-key-pairs', 'resource: aws.key-pair', 'filters:', '  - KeyType: rsa'].join('\n'),
  },
  source: {
    service: 'ec2',
    list: { operation: 'DescribeKeyPairs', items: 'KeyPairs' },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'key-pair', separator: '/', idField: 'KeyPairId' },
    // Cloud Custodian passes ids to KeyNames (its filter_name) although its id is KeyPairId;
    // ids are asked by KeyPairIds here so a lookup by id finds the key.
    getByIds: { param: 'KeyPairIds', kind: 'list' },
    idPrefix: 'key-',
    shape: { service: 'ec2', name: 'KeyPairInfo' },
  },
});
