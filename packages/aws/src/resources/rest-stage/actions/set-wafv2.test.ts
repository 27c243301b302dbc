import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import restStage from '../resource.js';
import setWafv2 from './set-wafv2.js';

const stageArn = 'arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/prod';
const acl = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api-acl/c3';
const read = async () => ({ WebACLs: [{ Name: 'api-acl', ARN: acl }] });
const policy = { name: 'p', resource: 'aws.rest-stage', filters: [{ type: 'waf-enabled', state: false }] };

testAction(setWafv2, {
  resourceType: restStage,
  context: { read, policy },
  valid: [{ 'web-acl': 'api' }, { state: false }],
  invalid: [{ options: { 'web-acl': 2 }, messageId: 'schema' }],
  cases: [
    {
      name: 'associates the stage ARN',
      options: { 'web-acl': 'api', state: true },
      resources: [{ deploymentId: 'd1', stageArn }],
      calls: [
        {
          operation: 'AssociateWebACL',
          input: { WebACLArn: acl, ResourceArn: stageArn },
          resourceIds: ['d1'],
        },
      ],
    },
    {
      name: 'state false disassociates',
      options: { state: false },
      resources: [{ deploymentId: 'd1', stageArn }],
      calls: [{ operation: 'DisassociateWebACL', input: { ResourceArn: stageArn } }],
    },
  ],
});

it('refuses state: true without web-acl, as c7n on rest-stage', () => {
  const ctx = (state: unknown) =>
    ({ policy: { ...policy, actions: [{ type: 'set-wafv2', state }] } }) as never;
  expect(setWafv2.check?.({ state: true }, ctx(true))?.map((p) => p.messageId)).toEqual(['needs-web-acl']);
  expect(setWafv2.check?.({ state: true, 'web-acl': 'api' }, ctx(true))).toEqual([]);
});
