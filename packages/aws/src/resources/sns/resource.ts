import { awsResource } from '../types.js';

/**
 * The members of GetTopicAttributes' `Attributes` map, as the SNS API reference documents them
 * (the SDK types the map as plain strings, so there is no shape to generate them from).
 */
const ATTRIBUTES = [
  'ArchivePolicy',
  'BeginningArchiveTime',
  'ContentBasedDeduplication',
  'DataProtectionPolicy',
  'DeliveryPolicy',
  'DisplayName',
  'EffectiveDeliveryPolicy',
  'FifoThroughputScope',
  'FifoTopic',
  'KmsMasterKeyId',
  'Owner',
  'Policy',
  'SignatureVersion',
  'SubscriptionsConfirmed',
  'SubscriptionsDeleted',
  'SubscriptionsPending',
  'TracingConfig',
];

export default awsResource({
  type: 'aws.sns',
  aliases: ['sns'],
  id: 'TopicArn',
  name: 'DisplayName',
  taggable: true,
  reportFields: [
    'TopicArn',
    'DisplayName',
    'SubscriptionsConfirmed',
    'SubscriptionsPending',
    'SubscriptionsDeleted',
  ],
  permissions: ['sns:ListTopics', 'sns:GetTopicAttributes', 'sns:ListTagsForResource', 'tag:GetResources'],
  extraFields: [...ATTRIBUTES, 'Tags'],
  doc: {
    summary:
      "SNS topics, listed with ListTopics; each topic's GetTopicAttributes answer is merged into it (Policy, KmsMasterKeyId, DisplayName...). Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.",
    example: ['name: unencrypted-topics', 'resource: aws.sns', 'filters:', '  - KmsMasterKeyId: absent'].join(
      '\n',
    ),
  },
  source: {
    service: 'sns',
    list: {
      operation: 'ListTopics',
      items: 'Topics',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    details: [
      {
        field: 'Attributes',
        operation: 'GetTopicAttributes',
        input: { TopicArn: 'TopicArn' },
        select: 'Attributes',
        merge: true,
        absentValue: {},
        absent: { contains: ['NotFound'] },
        permission: 'sns:GetTopicAttributes',
      },
    ],
    tags: { kind: 'tagging-api', resourceTypeFilter: 'sns' },
    arn: { field: 'TopicArn' },
    // c7n's sns tag actions use the SNS API (TagResource/UntagResource), not the Tagging API.
    tagging: 'sns',
    configType: 'AWS::SNS::Topic',
    metrics: { namespace: 'AWS/SNS', dimension: 'TopicName', field: 'TopicArn', afterLast: ':' },
    kmsKeyPath: 'KmsMasterKeyId',
    shape: { service: 'sns', name: 'Topic' },
  },
});
