import { fileURLToPath } from 'node:url';
import { type ActionContext, executeCalls } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { HTTP_SEALED } from '../../clients/http.js';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import webhook from './webhook.js';

// scanner/api holds {"url": "https://scanner.example.com", "token": "tok-9f8e7d"}; the scanner
// answers 202. In -bad, the first secret read is not found and the second is not JSON.
const fixtures = (name: string) => fileURLToPath(new URL(`__fixtures__/${name}`, import.meta.url));
const TOKEN = 'tok-9f8e7d';
const instances = [
  { InstanceId: 'i-1', PrivateIpAddress: '10.0.1.10' },
  { InstanceId: 'i-2', PrivateIpAddress: '10.0.1.11' },
];
const scope = { accountId: '123456789012', region: 'us-east-1' };

async function setup(fixture: string, dryrun = false) {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: scope.accountId,
    replay: fixtures(fixture),
  });
  const ctx: ActionContext = {
    now: 0,
    region: 'us-east-1',
    accountId: scope.accountId,
    resourceType: ec2,
    policyName: 'scan',
    policy: { name: 'scan', resource: 'aws.ec2' },
    dryrun,
    provider,
    read: (service, operation, input, region) =>
      provider.send(service, operation, input, region ?? 'us-east-1'),
  };
  return { provider, ctx };
}

const scanner = {
  url: '{secret.url}/v1/targets',
  secret: 'scanner/api',
  batch: true,
  body: 'resources[].PrivateIpAddress',
  headers: { Authorization: "join(' ', ['Bearer', secret.token])", 'X-Policy': 'policy.name' },
};

describe('webhook secret', () => {
  it('reads the secret once per run, sends its values and shows only placeholders', async () => {
    const { provider, ctx } = await setup('webhook-secret');
    const calls = await webhook.plan(instances, scanner, ctx);
    // A second webhook action of the run (here: per resource) reads no more.
    const again = await webhook.plan(instances, { ...scanner, batch: false }, ctx);
    expect(provider.apiStats()).toEqual({ 'secretsmanager.GetSecretValue': 1 });
    expect(again).toHaveLength(2);
    // A warm Lambda function keeps its provider: its next invocation reads the secret again.
    await webhook.plan(instances, scanner, { ...ctx, executionStart: 1_700_000_000_000 });
    expect(provider.apiStats()).toEqual({ 'secretsmanager.GetSecretValue': 2 });

    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(JSON.parse(JSON.stringify(call.input))).toEqual({
      url: '<secret:scanner/api#url>/v1/targets',
      method: 'POST',
      headers: {
        Authorization: 'Bearer <secret:scanner/api#token>',
        'X-Policy': 'scan',
        'Content-Type': 'application/json',
      },
      body: '[\n"10.0.1.10",\n"10.0.1.11"\n]',
    });
    expect(call.describe).toBe('POST <secret:scanner/api#url>/v1/targets for 2 resources');
    expect((call.input as Record<symbol, unknown>)[HTTP_SEALED]).toEqual({
      url: 'https://scanner.example.com/v1/targets',
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'X-Policy': 'scan', 'Content-Type': 'application/json' },
      body: '[\n"10.0.1.10",\n"10.0.1.11"\n]',
    });
    // What plans, logs and -o json print is JSON: the values are not in it.
    expect(JSON.stringify(calls)).not.toMatch(/tok-9f8e7d|scanner\.example\.com/);

    // Sent through the executor and replayed: the flight log has the request as shown.
    const { outcomes } = await executeCalls(calls, provider, scope);
    expect(outcomes).toEqual([
      { id: 'i-1', ok: true },
      { id: 'i-2', ok: true },
    ]);
    const sent = provider.clients.session.calls.filter((c) => c.service === 'http');
    expect(sent).toMatchObject([
      { operation: 'POST', ok: true, input: { url: '<secret:scanner/api#url>/v1/targets' } },
    ]);
    expect(sent[0]?.file).toMatch(/http\.POST_1\.json$/);
    expect(JSON.stringify(provider.clients.session.calls)).not.toContain(TOKEN);
  });

  it('a key the policy uses that the secret lacks fails each resource, unsent, naming the key only', async () => {
    const { provider, ctx } = await setup('webhook-secret');
    const calls = await webhook.plan(
      instances,
      { ...scanner, batch: false, headers: { 'X-Key': "join(' ', ['Key', secret.apikey])" } },
      ctx,
    );
    const { outcomes } = await executeCalls(calls, provider, scope);
    expect(outcomes).toEqual(
      ['i-1', 'i-2'].map((id) => ({
        id,
        ok: false,
        errorCode: 'SecretKeyMissing',
        message: 'secret scanner/api has no key "apikey", which the webhook uses',
      })),
    );
    expect(provider.apiStats()).toEqual({ 'secretsmanager.GetSecretValue': 1 });
  });

  it('a url key missing, or a url without a scheme, fails the resources without showing the url', async () => {
    const { provider, ctx } = await setup('webhook-secret');
    const missing = await webhook.plan(instances.slice(0, 1), { ...scanner, url: '{secret.endpoint}' }, ctx);
    const noScheme = await webhook.plan(instances.slice(1), { ...scanner, url: '{secret.token}/x' }, ctx);
    const out = await executeCalls([...missing, ...noScheme], provider, scope);
    expect(out.records.map((r) => [r.errorCode, r.message])).toEqual([
      ['SecretKeyMissing', 'secret scanner/api has no key "endpoint", which the webhook uses'],
      ['BadUrl', 'the url made with secret scanner/api is not an absolute http(s) url'],
    ]);
  });

  it('a secret not found, or not a JSON object, fails the resources with a sentence', async () => {
    const { provider, ctx } = await setup('webhook-secret-bad');
    const gone = await webhook.plan(instances.slice(0, 1), { ...scanner, secret: 'scanner/gone' }, ctx);
    const plain = await webhook.plan(instances.slice(1), { ...scanner, secret: 'scanner/plain' }, ctx);
    const { outcomes } = await executeCalls([...gone, ...plain], provider, scope);
    expect(outcomes).toEqual([
      {
        id: 'i-1',
        ok: false,
        errorCode: 'SecretUnavailable',
        message: 'cannot read secret scanner/gone: ResourceNotFoundException',
      },
      {
        id: 'i-2',
        ok: false,
        errorCode: 'SecretNotJson',
        message: 'secret scanner/plain is not a JSON object in its SecretString; the webhook needs its keys',
      },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain(TOKEN);
  });

  it('a dry run reads no secret and plans the requests with placeholders', async () => {
    const { provider, ctx } = await setup('webhook-secret', true);
    const calls = await webhook.plan(instances, scanner, ctx);
    expect(provider.apiStats()).toEqual({});
    expect(calls[0]?.input).toMatchObject({
      url: '<secret:scanner/api#url>/v1/targets',
      headers: { Authorization: 'Bearer <secret:scanner/api#token>' },
    });
    expect(Object.getOwnPropertySymbols(calls[0]?.input)).toEqual([]);
  });

  it('query-params append to a url whose host is a secret', async () => {
    const { ctx } = await setup('webhook-secret');
    const calls = await webhook.plan(
      instances.slice(0, 1),
      { url: '{secret.url}/scan?x=1', secret: 'scanner/api', 'query-params': { id: 'resource.InstanceId' } },
      ctx,
    );
    const input = calls[0]?.input as Record<string | symbol, { url: string } | string>;
    expect(input.url).toBe('<secret:scanner/api#url>/scan?x=1&id=i-1');
    expect((input[HTTP_SEALED] as { url: string }).url).toBe('https://scanner.example.com/scan?x=1&id=i-1');
  });

  it('asks for secretsmanager:GetSecretValue only with a secret', () => {
    const perms = webhook.permissions as (o: object) => string[];
    expect(perms({ url: 'https://x.test' })).toEqual([]);
    expect(perms(scanner)).toEqual(['secretsmanager:GetSecretValue']);
  });
});
