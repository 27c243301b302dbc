import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.secrets-manager',
  aliases: ['secrets-manager'],
  id: 'Name',
  name: 'Name',
  taggable: true,
  reportFields: ['Name', 'ARN', 'LastChangedDate'],
  permissions: ['secretsmanager:ListSecrets', 'secretsmanager:DescribeSecret'],
  extraFields: ['Tags', 'c7n:DeniedMethods'],
  doc: {
    summary:
      "Secrets Manager secrets, listed with ListSecrets; each secret's DescribeSecret answer is merged into it, as Cloud Custodian does (a secret whose resource policy denies DescribeSecret is kept, with `describe_secret` in `c7n:DeniedMethods`). Tags are the secret's own `Tags`.",
    example: [
      'name: secrets-without-rotation',
      'resource: aws.secrets-manager',
      'filters:',
      '  - RotationEnabled: absent',
    ].join('\n'),
  },
  source: {
    service: 'secretsmanager',
    list: {
      operation: 'ListSecrets',
      items: 'SecretList',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    details: [
      {
        field: 'DescribeSecret',
        operation: 'DescribeSecret',
        input: { SecretId: 'Name' },
        merge: true,
        absentValue: {},
        absent: {},
        // Resource policies may deny DescribeSecret; c7n keeps the secret as listed.
        denied: { codes: ['AccessDeniedException'], name: 'describe_secret' },
        permission: 'secretsmanager:DescribeSecret',
      },
    ],
    tags: { kind: 'inline' },
    arn: { field: 'ARN' },
    // c7n's secrets-manager tag actions call TagResource/UntagResource per secret.
    tagging: 'secretsmanager',
    configType: 'AWS::SecretsManager::Secret',
    // c7n's kms-key filter reads the secret's key (id, ARN or alias) here.
    kmsKeyPath: 'KmsKeyId',
    shape: { service: 'secretsmanager', name: 'DescribeSecretResponse' },
  },
});
