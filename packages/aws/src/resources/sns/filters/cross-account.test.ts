import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import sns from '../resource.js';
import crossAccount from './cross-account.js';

const ARN = 'arn:aws:sns:us-east-1:123456789012:';
const topic = (name: string, Condition?: Record<string, unknown>): Resource => ({
  TopicArn: `${ARN}${name}`,
  Policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 'SNS:Subscribe', ...(Condition && { Condition }) },
    ],
  }),
});
const topics = () => [
  topic('open'),
  topic('owner', { StringEquals: { 'AWS:SourceOwner': '123456789012' } }),
  topic('https', { StringEquals: { 'SNS:Protocol': 'https' } }),
  topic('endpoint', { StringLike: { 'SNS:Endpoint': 'https://hooks.example.com/in' } }),
  topic('endpoint-owner', {
    StringLike: { 'SNS:Endpoint': 'https://hooks.example.com/in' },
    StringEquals: { 'AWS:SourceOwner': '123456789012' },
  }),
];

testFilter(crossAccount, {
  resourceType: sns,
  context: { accountId: '123456789012' },
  valid: [
    {},
    { whitelist_protocols: ['https'], whitelist_endpoints: ['hooks.example.com'] },
    {
      whitelist_endpoints_from: { url: 'endpoints.json' },
      whitelist_protocols_from: { url: 'protocols.json' },
    },
  ],
  invalid: [{ options: { whitelist_protocols: ['gopher'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'protocol conditions need whitelist_protocols; an endpoint condition defers to a source owner',
      options: {},
      resources: topics(),
      matches: [`${ARN}open`, `${ARN}https`, `${ARN}endpoint`],
    },
    {
      name: 'allowed protocols and endpoints (a substring of the value) clear',
      options: { whitelist_protocols: ['https'], whitelist_endpoints: ['hooks.example.com'] },
      resources: topics(),
      matches: [`${ARN}open`],
    },
  ],
});
