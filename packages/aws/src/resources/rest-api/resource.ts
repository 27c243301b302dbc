import type { Resource } from '@c7n-ts/core';
import { type AugmentHook, awsResource } from '../types.js';

/** API Gateway's `tags` map as the `Tags` list every tag filter reads (c7n's ApiDescribeSource). */
export function tagsFromMap(resource: Resource): Resource {
  const { tags, ...rest } = resource;
  const pairs = Object.entries((tags ?? {}) as Record<string, unknown>).map(([Key, Value]) => ({
    Key,
    Value,
  }));
  return { ...rest, Tags: [...((rest.Tags as unknown[] | undefined) ?? []), ...pairs] };
}

const apiTags: AugmentHook = async (api) => tagsFromMap(api);

export default awsResource({
  type: 'aws.rest-api',
  aliases: ['rest-api'],
  id: 'id',
  name: 'name',
  date: 'createdDate',
  taggable: true,
  reportFields: ['id', 'name', 'description', 'createdDate'],
  permissions: ['apigateway:GET'],
  extraFields: ['Tags'],
  removedFields: ['tags'],
  doc: {
    summary:
      'API Gateway REST APIs, listed with GetRestApis; the `tags` map each API carries becomes the `Tags` list, as Cloud Custodian does.',
    example: [
      'name: rest-apis-without-description',
      'resource: aws.rest-api',
      'filters:',
      '  - description: absent',
    ].join('\n'),
  },
  source: {
    service: 'apigateway',
    list: {
      operation: 'GetRestApis',
      items: 'items',
      pagination: { inputToken: 'position', outputToken: 'position' },
    },
    augment: apiTags,
    tags: { kind: 'augment' },
    // arn:aws:apigateway:<region>::/restapis/<id>: API Gateway ARNs name no account.
    arn: { service: 'apigateway', resourceType: '/restapis', separator: '/', idField: 'id', noAccount: true },
    configType: 'AWS::ApiGateway::RestApi',
    metrics: { namespace: 'AWS/ApiGateway', dimension: 'ApiName', field: 'name' },
    shape: { service: 'apigateway', name: 'RestApi' },
  },
});
