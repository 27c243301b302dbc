import { testAction } from '@c7n-ts/core/testing';
import restStage from '../resource.js';
import setWaf from './set-waf.js';

const stageArn = 'arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/prod';
const read = async () => ({ WebACLs: [{ WebACLId: 'b2', Name: 'api-acl' }] });
const policy = { name: 'p', resource: 'aws.rest-stage', filters: [{ type: 'waf-enabled', state: false }] };

testAction(setWaf, {
  resourceType: restStage,
  context: { read, policy },
  valid: [{ 'web-acl': 'api-acl' }],
  invalid: [{ options: { state: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'associates the stage ARN',
      options: { 'web-acl': 'api-acl', state: true },
      resources: [{ deploymentId: 'd1', stageArn }],
      calls: [
        {
          service: 'waf-regional',
          operation: 'AssociateWebACL',
          input: { WebACLId: 'b2', ResourceArn: stageArn },
          resourceIds: ['d1'],
        },
      ],
    },
    {
      name: 'state false disassociates',
      options: { 'web-acl': 'api-acl', state: false },
      resources: [{ deploymentId: 'd1', stageArn }],
      calls: [{ operation: 'DisassociateWebACL', input: { ResourceArn: stageArn } }],
    },
  ],
});
