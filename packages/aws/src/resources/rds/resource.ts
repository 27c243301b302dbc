import { awsResource } from '../types.js';
import { loadRdsItem } from './config-item.js';

export default awsResource({
  type: 'aws.rds',
  aliases: ['rds'],
  id: 'DBInstanceIdentifier',
  name: 'Endpoint.Address',
  date: 'InstanceCreateTime',
  taggable: true,
  reportFields: [
    'DBInstanceIdentifier',
    'DBName',
    'Engine',
    'EngineVersion',
    'MultiAZ',
    'AllocatedStorage',
    'StorageEncrypted',
    'PubliclyAccessible',
    'InstanceCreateTime',
  ],
  // tag:GetResources is for the tag actions (universal tagging), as Cloud Custodian lists it.
  permissions: ['rds:DescribeDBInstances', 'tag:GetResources'],
  extraFields: ['Tags'],
  removedFields: ['TagList'],
  doc: {
    summary:
      'RDS DB instances, listed with DescribeDBInstances. Tags come from the describe output (`TagList`, exposed as `Tags`); no extra call is made.',
    example: ['name: rds-public', 'resource: aws.rds', 'filters:', '  - PubliclyAccessible: true'].join('\n'),
  },
  // Merged into DescribeDBInstances' input, last entry wins (Cloud Custodian's merge_dict_list).
  query: {
    kind: 'params',
    label: 'RDS',
    params: { DBInstanceIdentifier: 'string', Filters: 'any', MaxRecords: 'integer', Marker: 'string' },
  },
  source: {
    service: 'rds',
    list: {
      operation: 'DescribeDBInstances',
      items: 'DBInstances',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'renamed', from: 'TagList' },
    arn: { field: 'DBInstanceArn' },
    getByIds: { param: 'DBInstanceIdentifier', kind: 'scalar' },
    configType: 'AWS::RDS::DBInstance',
    configId: 'DbiResourceId',
    config: { load: loadRdsItem },
    metrics: { namespace: 'AWS/RDS', dimension: 'DBInstanceIdentifier' },
    health: { service: 'RDS' },
    networkLocation: true,
    shape: { service: 'rds', name: 'DBInstance' },
  },
});
