import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ec2 from '../../resources/ec2/resource.js';
import webhook from './webhook.js';

const instances = [
  { InstanceId: 'i-1', InstanceType: 't3.micro', LaunchTime: new Date(Date.UTC(2024, 0, 1)) },
  { InstanceId: 'i-2', InstanceType: 'm5.large' },
  { InstanceId: 'i-3', InstanceType: 't3.nano' },
];

testAction(webhook, {
  resourceType: ec2,
  context: { policy: { name: 'hook', resource: 'aws.ec2' }, executionStart: 1_700_000_000_000 },
  valid: [
    { url: 'https://example.com/hook' },
    { url: 'http://example.com', method: 'GET', batch: true, 'batch-size': 10, body: 'resources' },
    {
      url: 'http://example.com',
      headers: { 'X-Token': "'abc'" },
      'query-params': { id: 'resource.InstanceId' },
    },
    {
      url: '{secret.url}/v1/targets',
      secret: 'scanner/api',
      headers: { Authorization: "join(' ', ['Bearer', secret.token])" },
    },
    {
      url: 'https://scanner.example.com/{secret.path}',
      secret: 'arn:aws:secretsmanager:eu-west-1:1:secret:x',
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { url: 'http://x', method: 'HEAD' }, messageId: 'schema' },
    { options: { url: 'http://x', 'http-method': 'POST' }, messageId: 'schema' },
    { options: { url: 'http://x', body: 'resource.[' }, messageId: 'bad-jmespath', path: ['body'] },
    { options: { url: 'http://x', headers: { a: '[[' } }, messageId: 'bad-jmespath', path: ['headers', 'a'] },
    { options: { url: 'not a url' }, messageId: 'bad-url', path: ['url'] },
    { options: { url: 'https://x.test/{secret.path}' }, messageId: 'no-secret', path: ['url'] },
    { options: { url: 'https://x.test/{secret.}', secret: 's' }, messageId: 'secret-key', path: ['url'] },
    { options: { url: 'x.test/{secret.path}', secret: 's' }, messageId: 'bad-url', path: ['url'] },
    { options: { url: 'https://x.test', secret: '' }, messageId: 'schema' },
    { options: { url: 'https://x.test', secrets: 's' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one POST per resource; no body without `body`',
      options: { url: 'https://example.com/hook' },
      resources: instances.slice(0, 2),
      calls: [
        {
          service: 'http',
          operation: 'POST',
          input: { url: 'https://example.com/hook', method: 'POST', headers: {} },
          resourceIds: ['i-1'],
        },
        { resourceIds: ['i-2'] },
      ],
    },
    {
      name: 'query params and headers by JMESPath, static params kept; the body as Python JSON',
      options: {
        url: 'https://example.com/hook?team=sec&blank=',
        method: 'PUT',
        'query-params': { id: 'resource.InstanceId', policy: 'policy.name', type: 'resource.InstanceType' },
        headers: { 'X-Token': "'s3cret'", 'X-Account': 'account_id' },
        body: 'resource',
      },
      resources: instances.slice(0, 1),
      calls: [
        {
          operation: 'PUT',
          input: {
            url: 'https://example.com/hook?team=sec&id=i-1&policy=hook&type=t3.micro',
            method: 'PUT',
            headers: { 'X-Token': 's3cret', 'X-Account': '123456789012', 'Content-Type': 'application/json' },
            body: '{\n"InstanceId": "i-1",\n"InstanceType": "t3.micro",\n"LaunchTime": "2024-01-01T00:00:00+00:00"\n}',
          },
        },
      ],
    },
    {
      name: 'batches of batch-size under `resources`',
      options: { url: 'http://example.com', batch: true, 'batch-size': 2, body: 'resources[].InstanceId' },
      resources: instances,
      calls: [
        { input: { body: '[\n"i-1",\n"i-2"\n]' }, resourceIds: ['i-1', 'i-2'] },
        { input: { body: '[\n"i-3"\n]' }, resourceIds: ['i-3'] },
      ],
    },
  ],
});

describe('webhook lookup data', () => {
  it('offers the execution start in seconds and the region', async () => {
    const calls = await webhook.plan(
      instances.slice(0, 1),
      { url: 'http://x.test', body: '[execution_start, region, event]' },
      {
        now: 0,
        region: 'eu-west-1',
        resourceType: ec2,
        policyName: 'hook',
        policy: {},
        dryrun: false,
        executionStart: 1_700_000_000_500,
      },
    );
    expect(calls[0]?.input.body).toBe('[\n1700000000.5,\n"eu-west-1",\nnull\n]');
  });
});
