import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.efs',
  aliases: ['efs'],
  id: 'FileSystemId',
  name: 'Name',
  date: 'CreationTime',
  taggable: true,
  reportFields: ['FileSystemId', 'Name', 'CreationTime', 'Encrypted', 'LifeCycleState', 'PerformanceMode'],
  permissions: [
    'elasticfilesystem:DescribeFileSystems',
    'elasticfilesystem:ListTagsForResource',
    'tag:GetResources',
  ],
  doc: {
    summary:
      'EFS file systems, listed with DescribeFileSystems, whose output carries their tags: the Resource Groups Tagging API is only asked for file systems listed without `Tags`, as Cloud Custodian does.',
    example: ['name: unencrypted-file-systems', 'resource: aws.efs', 'filters:', '  - Encrypted: false'].join(
      '\n',
    ),
  },
  source: {
    service: 'elasticfilesystem',
    list: {
      operation: 'DescribeFileSystems',
      items: 'FileSystems',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'elasticfilesystem:file-system' },
    arn: { field: 'FileSystemArn' },
    getByIds: { param: 'FileSystemId', kind: 'scalar' },
    configType: 'AWS::EFS::FileSystem',
    metrics: { namespace: 'AWS/EFS', dimension: 'FileSystemId' },
    kmsKeyPath: 'KmsKeyId',
    health: { service: 'ELASTICFILESYSTEM' },
    shape: { service: 'elasticfilesystem', name: 'FileSystemDescription' },
  },
});
