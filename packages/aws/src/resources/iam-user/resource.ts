import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource } from '../types.js';

/**
 * Cloud Custodian's user augment: each listed user is replaced by its GetUser answer (which
 * carries `Tags` and `PermissionsBoundary`, absent from ListUsers); a user deleted since the
 * listing (IAM lists users before GetUser can see them, and after) is dropped.
 */
const getUser: AugmentHook = async (user, send) => {
  try {
    const out = await send('GetUser', { UserName: user.UserName });
    return (out.User as Record<string, unknown> | undefined) ?? undefined;
  } catch (e) {
    const code = errorCode(e) ?? '';
    if (code.includes('NoSuchEntity')) return undefined;
    throw e;
  }
};

export default awsResource({
  type: 'aws.iam-user',
  aliases: ['iam-user'],
  id: 'UserName',
  name: 'UserName',
  date: 'CreateDate',
  taggable: true,
  reportFields: ['UserName', 'UserId', 'CreateDate', 'PasswordLastUsed'],
  permissions: ['iam:ListUsers', 'iam:GetUser'],
  doc: {
    summary:
      'IAM users, listed with ListUsers; each user is its GetUser answer (with `Tags` and `PermissionsBoundary`), as Cloud Custodian builds it. IAM is global: the type is the same in every region.',
    example: [
      'name: users-without-owner',
      'resource: aws.iam-user',
      'filters:',
      '  - "tag:Owner": absent',
    ].join('\n'),
  },
  source: {
    service: 'iam',
    list: {
      operation: 'ListUsers',
      items: 'Users',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    augment: getUser,
    tags: { kind: 'inline' },
    arn: { field: 'Arn' },
    tagging: 'iam-user',
    configType: 'AWS::IAM::User',
    configId: 'UserId',
    shape: { service: 'iam', name: 'User' },
  },
});
