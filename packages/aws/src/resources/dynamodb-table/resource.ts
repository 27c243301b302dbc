import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.dynamodb-table',
  aliases: ['dynamodb-table'],
  id: 'TableName',
  name: 'TableName',
  date: 'CreationDateTime',
  taggable: true,
  reportFields: ['TableName', 'TableStatus', 'ItemCount', 'TableSizeBytes', 'CreationDateTime'],
  permissions: [
    'dynamodb:ListTables',
    'dynamodb:DescribeTable',
    'dynamodb:ListTagsOfResource',
    'tag:GetResources',
  ],
  extraFields: ['Tags'],
  doc: {
    summary:
      "DynamoDB tables, listed with ListTables; each table's DescribeTable answer is merged into it (TableArn, TableStatus, SSEDescription...). Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.",
    example: [
      'name: unencrypted-tables',
      'resource: aws.dynamodb-table',
      'filters:',
      '  - SSEDescription: absent',
    ].join('\n'),
  },
  source: {
    service: 'dynamodb',
    list: {
      operation: 'ListTables',
      items: 'TableNames',
      itemKey: 'TableName',
      pagination: { inputToken: 'ExclusiveStartTableName', outputToken: 'LastEvaluatedTableName' },
    },
    details: [
      {
        // Cloud Custodian's detail_spec: the `Table` member becomes the resource.
        field: 'Table',
        operation: 'DescribeTable',
        input: { TableName: 'TableName' },
        select: 'Table',
        merge: true,
        absentValue: {},
        absent: { codes: ['ResourceNotFoundException'] },
        permission: 'dynamodb:DescribeTable',
      },
    ],
    tags: { kind: 'tagging-api', resourceTypeFilter: 'dynamodb:table' },
    arn: { field: 'TableArn' },
    configType: 'AWS::DynamoDB::Table',
    metrics: { namespace: 'AWS/DynamoDB', dimension: 'TableName' },
    kmsKeyPath: 'SSEDescription.KMSMasterKeyArn',
    health: { service: 'DYNAMODB' },
    shape: { service: 'dynamodb', name: 'TableDescription' },
  },
});
