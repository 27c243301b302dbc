import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import endpoints from '../resource.js';
import hasStatement from './has-statement.js';

const endpoint = (id: string, ...Statement: unknown[]): Resource => ({
  VpcEndpointId: id,
  PolicyDocument: JSON.stringify({ Version: '2008-10-17', Statement }),
});
const fullAccess = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
const readBucket = (id: string) => ({
  Sid: 'ReadOnly',
  Effect: 'Allow',
  Principal: '*',
  Action: ['s3:GetObject'],
  Resource: 'arn:aws:s3:::data/*',
  Condition: { StringEquals: { 'aws:SourceVpce': id } },
});

testFilter(hasStatement, {
  resourceType: endpoints,
  valid: [{ statement_ids: ['ReadOnly'] }, { statements: [{ Effect: 'Allow', Action: '*' }] }],
  invalid: [{ options: { statements: [{ Action: '*' }] }, messageId: 'schema' }],
  cases: [
    {
      name: 'the full-access default policy',
      options: { statements: [{ Action: '*', Effect: 'Allow' }] },
      resources: [endpoint('vpce-full', fullAccess), endpoint('vpce-narrow', readBucket('vpce-narrow'))],
      matches: ['vpce-full'],
    },
    {
      name: 'a statement naming the endpoint by {endpoint_id}, and a Sid',
      options: {
        statement_ids: ['ReadOnly'],
        statements: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::data/*',
            Condition: { StringEquals: { 'aws:SourceVpce': '{endpoint_id}' } },
          },
        ],
      },
      resources: [
        endpoint('vpce-narrow', readBucket('vpce-narrow')),
        endpoint('vpce-copied', readBucket('vpce-narrow')),
        { VpcEndpointId: 'vpce-none' },
      ],
      matches: ['vpce-narrow'],
    },
  ],
});
