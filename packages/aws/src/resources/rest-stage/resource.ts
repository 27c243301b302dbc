import type { Resource } from '@c7n-ts/core';
import { tagsFromMap } from '../rest-api/resource.js';
import { awsResource, type ListHook } from '../types.js';

/**
 * A stage is a child of its REST API (c7n's ChildResourceManager with parent_spec `rest-api`):
 * the APIs are listed (GetRestApis), then GetStages per API. Each stage gets `restApiId`, the
 * API's endpoint types as `restApiType`, its `stageArn`, and its `tags` map as `Tags`.
 */
const listStages: ListHook = async ({ send, region }) => {
  const apis: Resource[] = [];
  let position: unknown;
  do {
    const page = await send('GetRestApis', position === undefined ? {} : { position });
    apis.push(...((page.items ?? []) as Resource[]));
    position = page.position;
  } while (position !== undefined && position !== null && position !== '');
  const out: Resource[] = [];
  for (const api of apis) {
    const page = await send('GetStages', { restApiId: api.id });
    for (const stage of (page.item ?? []) as Resource[]) {
      const types = (api.endpointConfiguration as { types?: unknown } | undefined)?.types;
      out.push(
        tagsFromMap({
          ...stage,
          restApiId: api.id,
          ...(types !== undefined && { restApiType: types }),
          stageArn: `arn:aws:apigateway:${region}::/restapis/${String(api.id)}/stages/${String(stage.stageName)}`,
        }),
      );
    }
  }
  return out;
};

export default awsResource({
  type: 'aws.rest-stage',
  aliases: ['rest-stage'],
  id: 'deploymentId',
  name: 'stageName',
  date: 'createdDate',
  taggable: true,
  reportFields: ['restApiId', 'stageName', 'deploymentId', 'createdDate'],
  permissions: ['apigateway:GET'],
  extraFields: ['restApiId', 'restApiType', 'stageArn', 'Tags'],
  removedFields: ['tags'],
  doc: {
    summary:
      "API Gateway REST API stages: the APIs are listed (GetRestApis), then each API's stages (GetStages), as Cloud Custodian lists a child type; each stage names its API in `restApiId` and carries `stageArn`.",
    example: [
      'name: stages-without-tracing',
      'resource: aws.rest-stage',
      'filters:',
      '  - tracingEnabled: false',
    ].join('\n'),
  },
  source: {
    service: 'apigateway',
    list: { operation: 'GetStages', items: 'item' },
    listHook: listStages,
    tags: { kind: 'inline' },
    arn: { field: 'stageArn' },
    configType: 'AWS::ApiGateway::Stage',
    configId: 'stageArn',
    shape: { service: 'apigateway', name: 'Stage' },
  },
});
