import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.redshift',
  aliases: ['redshift'],
  id: 'ClusterIdentifier',
  name: 'ClusterIdentifier',
  date: 'ClusterCreateTime',
  taggable: true,
  reportFields: [
    'ClusterIdentifier',
    'NodeType',
    'NumberOfNodes',
    'ClusterStatus',
    'Encrypted',
    'ClusterCreateTime',
  ],
  permissions: ['redshift:DescribeClusters'],
  doc: {
    summary:
      'Redshift provisioned clusters, listed with DescribeClusters. Tags come from the describe output; no extra call is made. Tag actions use Redshift CreateTags/DeleteTags, one cluster a call.',
    example: [
      'name: public-redshift',
      'resource: aws.redshift',
      'filters:',
      '  - PubliclyAccessible: true',
    ].join('\n'),
  },
  source: {
    service: 'redshift',
    list: {
      operation: 'DescribeClusters',
      items: 'Clusters',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'redshift', resourceType: 'cluster', separator: ':', idField: 'ClusterIdentifier' },
    getByIds: { param: 'ClusterIdentifier', kind: 'scalar' },
    configType: 'AWS::Redshift::Cluster',
    metrics: { namespace: 'AWS/Redshift', dimension: 'ClusterIdentifier' },
    kmsKeyPath: 'KmsKeyId',
    networkLocation: true,
    tagging: 'redshift',
    shape: { service: 'redshift', name: 'Cluster' },
  },
});
