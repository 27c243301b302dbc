import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.iam-group',
  aliases: ['iam-group'],
  id: 'GroupName',
  name: 'GroupName',
  date: 'CreateDate',
  // c7n's iam-group has no tag elements: IAM groups cannot be tagged.
  taggable: false,
  reportFields: ['GroupName', 'GroupId', 'CreateDate', 'Path'],
  permissions: ['iam:ListGroups'],
  doc: {
    summary:
      'IAM groups, listed with ListGroups (no per-group calls, as Cloud Custodian). IAM is global: the type is the same in every region.',
    example: [
      'name: empty-groups',
      'resource: aws.iam-group',
      'filters:',
      '  - type: has-users',
      '    value: false',
    ].join('\n'),
  },
  source: {
    service: 'iam',
    list: {
      operation: 'ListGroups',
      items: 'Groups',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'none' },
    arn: { field: 'Arn' },
    configType: 'AWS::IAM::Group',
    shape: { service: 'iam', name: 'Group' },
  },
});
