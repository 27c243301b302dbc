import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.iam-profile',
  aliases: ['iam-profile'],
  id: 'InstanceProfileName',
  name: 'InstanceProfileName',
  date: 'CreateDate',
  // c7n's iam-profile has no tag elements.
  taggable: false,
  reportFields: ['InstanceProfileName', 'InstanceProfileId', 'CreateDate', 'Path'],
  permissions: ['iam:ListInstanceProfiles'],
  doc: {
    summary:
      'IAM instance profiles, listed with ListInstanceProfiles (each with its `Roles`), as Cloud Custodian. IAM is global: the type is the same in every region.',
    example: ['name: profiles-in-use', 'resource: aws.iam-profile', 'filters:', '  - type: used'].join('\n'),
  },
  source: {
    service: 'iam',
    list: {
      operation: 'ListInstanceProfiles',
      items: 'InstanceProfiles',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'none' },
    arn: { field: 'Arn' },
    // c7n declares a CloudFormation type but no AWS Config type for instance profiles.
    cfnType: 'AWS::IAM::InstanceProfile',
    shape: { service: 'iam', name: 'InstanceProfile' },
  },
});
