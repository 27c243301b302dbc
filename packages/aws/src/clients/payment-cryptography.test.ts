import { Readable } from 'node:stream';
import * as sdk from '@aws-sdk/client-payment-cryptography';
import { HttpResponse } from '@smithy/core/protocols';
import { expect, it } from 'vitest';
import { commands } from './payment-cryptography.js';

const { GetDefaultKeyReplicationRegionsCommand } = commands(sdk);

/** A real client whose HTTP handler answers `status`/`body` and keeps the request it was given. */
function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: { headers: Record<string, string>; hostname: string; method: string; body: string }[] = [];
  const client = new sdk.PaymentCryptographyClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: any) => {
        sent.push(request);
        return {
          response: new HttpResponse({
            statusCode: status,
            headers: { 'content-type': 'application/x-amz-json-1.0', ...headers },
            body: Readable.from([Buffer.from(JSON.stringify(body))]),
          }),
        };
      },
    } as never,
  });
  return { client, sent };
}

it('adds only the operation the SDK lacks', () => {
  expect(Object.keys(commands(sdk))).toEqual(['GetDefaultKeyReplicationRegionsCommand']);
  expect(commands({ ...sdk, GetDefaultKeyReplicationRegionsCommand: class {} })).toEqual({});
});

it('sends a signed JSON 1.0 call to the control plane and returns its members', async () => {
  const { client, sent } = clientAnswering(200, { EnabledReplicationRegions: ['us-west-2'] });
  const out = (await client.send(new GetDefaultKeyReplicationRegionsCommand({}))) as {
    EnabledReplicationRegions?: string[];
    $metadata: { httpStatusCode?: number };
  };
  expect(out.EnabledReplicationRegions).toEqual(['us-west-2']);
  expect(out.$metadata.httpStatusCode).toBe(200);
  const req = sent[0];
  expect(req?.method).toBe('POST');
  expect(req?.hostname).toBe('controlplane.payment-cryptography.eu-west-1.amazonaws.com');
  expect(req?.headers['x-amz-target']).toBe(
    'PaymentCryptographyControlPlane.GetDefaultKeyReplicationRegions',
  );
  expect(req?.headers['content-type']).toBe('application/x-amz-json-1.0');
  expect(req?.headers.authorization).toMatch(
    /^AWS4-HMAC-SHA256 .*\/eu-west-1\/payment-cryptography\/aws4_request/,
  );
  expect(req?.body).toBe('{}');
});

it("raises the SDK's error class for the answer's code", async () => {
  const { client } = clientAnswering(
    400,
    { __type: 'com.amazonaws.paymentcryptography#AccessDeniedException', Message: 'no' },
    {},
  );
  const err = await client.send(new GetDefaultKeyReplicationRegionsCommand({})).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(sdk.AccessDeniedException);
  expect(err).toMatchObject({ name: 'AccessDeniedException', message: 'no', $fault: 'client' });
});

it('an unknown code is the service exception with that name', async () => {
  const { client } = clientAnswering(400, { __type: 'FancyNewException', message: 'huh' });
  const err = await client.send(new GetDefaultKeyReplicationRegionsCommand({})).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(sdk.PaymentCryptographyServiceException);
  expect(err).toMatchObject({ name: 'FancyNewException', message: 'huh' });
});
