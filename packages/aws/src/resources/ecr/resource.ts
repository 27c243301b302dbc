import { errorCode } from '../../query/errors.js';
import { type AugmentHook, awsResource } from '../types.js';

/**
 * Cloud Custodian's repository augment: ListTagsForResource per repository fills `Tags`; a
 * repository deleted since the listing is dropped.
 */
const repositoryTags: AugmentHook = async (repo, send) => {
  try {
    const out = await send('ListTagsForResource', { resourceArn: repo.repositoryArn });
    return { ...repo, Tags: out.tags ?? [] };
  } catch (e) {
    if (errorCode(e) === 'RepositoryNotFoundException') return undefined;
    throw e;
  }
};

export default awsResource({
  type: 'aws.ecr',
  aliases: ['ecr'],
  id: 'repositoryName',
  name: 'repositoryName',
  date: 'createdAt',
  taggable: true,
  reportFields: ['repositoryName', 'repositoryUri', 'createdAt', 'imageTagMutability'],
  permissions: ['ecr:DescribeRepositories', 'ecr:ListTagsForResource'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'ECR repositories, listed with DescribeRepositories; ListTagsForResource per repository fills `Tags`, and a repository deleted meanwhile is dropped, as Cloud Custodian does.',
    example: [
      'name: mutable-repositories',
      'resource: aws.ecr',
      'filters:',
      '  - imageTagMutability: MUTABLE',
    ].join('\n'),
  },
  source: {
    service: 'api.ecr',
    list: {
      operation: 'DescribeRepositories',
      items: 'repositories',
      pagination: { inputToken: 'nextToken', outputToken: 'nextToken' },
    },
    augment: repositoryTags,
    tags: { kind: 'augment' },
    tagging: 'ecr',
    arn: { field: 'repositoryArn' },
    getByIds: { param: 'repositoryNames', kind: 'list' },
    configType: 'AWS::ECR::Repository',
    metrics: { namespace: 'AWS/ECR', dimension: 'RepositoryName', field: 'repositoryName' },
    shape: { service: 'ecr', name: 'Repository' },
  },
});
