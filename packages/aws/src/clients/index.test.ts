import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createClients } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__/sts', import.meta.url));

describe('createClients', () => {
  it('asks STS for the account once when none is given (replay, no network)', async () => {
    const clients = createClients({ regions: ['us-east-1'], replay: dir });
    expect(clients.mode).toBe('replay');
    expect(clients.ordered).toBe(true);
    expect(await clients.accountId()).toBe('111122223333');
    expect(await clients.accountId()).toBe('111122223333');
    expect(clients.session.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      'sts.GetCallerIdentity',
    ]);
  });

  it('makes no STS call when the account is given, and shares one client per region and service', async () => {
    const clients = createClients({ regions: ['us-east-1', 'us-west-2'], accountId: '999', replay: dir });
    expect(await clients.accountId()).toBe('999');
    const a = await clients.client('ec2');
    expect(await clients.client('ec2', 'us-east-1')).toBe(a);
    expect(await clients.client('ec2', 'us-west-2')).not.toBe(a);
    await clients.send('ec2', 'DescribeAddresses', {});
    expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeAddresses']);
  });

  it('assumes a role (sts:AssumeRole) into clients of its account, replayed from the same flight data', async () => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const member = await clients.assume(
      'arn:aws:iam::444455556666:role/OrganizationAccountAccessRole',
      'CustodianOrgAccount',
    );
    expect(await member.accountId()).toBe('444455556666');
    await member.send('ec2', 'DescribeAddresses', {});
    expect(clients.session.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      'sts.AssumeRole',
      'ec2.DescribeAddresses',
    ]);
    expect(clients.session.calls[0]?.input).toEqual({
      RoleArn: 'arn:aws:iam::444455556666:role/OrganizationAccountAccessRole',
      RoleSessionName: 'CustodianOrgAccount',
    });
  });

  describe('live configuration', () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    it("signs the assumed clients' calls with the role's credentials", async () => {
      process.env.AWS_ACCESS_KEY_ID = 'AKIATEST';
      process.env.AWS_SECRET_ACCESS_KEY = 'test';
      const seen: { hostname?: string; headers: Record<string, string> }[] = [];
      const xml =
        '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>' +
        '<AccessKeyId>ASIAASSUMED</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>tok</SessionToken>' +
        '<Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>';
      const requestHandler = {
        handle: (req: { hostname?: string; headers: Record<string, string> }) => {
          seen.push(req);
          if (req.hostname?.startsWith('sts.'))
            return Promise.resolve({
              response: { statusCode: 200, headers: {}, body: Readable.from([xml]) },
            });
          return Promise.reject(new Error('stop before the network'));
        },
      };
      const clients = createClients({
        regions: ['us-east-1'],
        accountId: '1',
        maxAttempts: 1,
        clientConfig: { requestHandler },
      });
      const member = await clients.assume('arn:aws:iam::444455556666:role/R', 'S');
      await expect(member.send('ec2', 'DescribeAddresses', {})).rejects.toThrow(/stop before the network/);
      const ec2 = seen.find((r) => r.hostname?.startsWith('ec2.'));
      expect(ec2?.headers.authorization).toContain('Credential=ASIAASSUMED/');
      expect(ec2?.headers['x-amz-security-token']).toBe('tok');
    });

    it("gives a live answer as data: nothing inherited, a '__proto__' member kept as a member", async () => {
      const body = JSON.stringify({ Tags: { Owner: 'me' } }).replace(
        '{"Owner"',
        '{"__proto__":{"isAdmin":true},"Owner"',
      );
      const requestHandler = {
        handle: () =>
          Promise.resolve({
            response: {
              statusCode: 200,
              headers: { 'content-type': 'application/json' },
              body: Readable.from([body]),
            },
          }),
      };
      const clients = createClients({
        regions: ['us-east-1'],
        accountId: '1',
        maxAttempts: 1,
        clientConfig: { requestHandler, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } },
      });
      const out = await clients.send('lambda', 'ListTags', {
        Resource: 'arn:aws:lambda:us-east-1:1:function:f',
      });
      const tags = out.Tags as Record<string, unknown>;
      expect(tags.Owner).toBe('me');
      expect(Object.hasOwn(tags, '__proto__')).toBe(true);
      expect(tags.isAdmin).toBeUndefined();
      expect(tags.constructor).toBeUndefined();
      expect((out as Record<string, unknown>).hasOwnProperty).toBeUndefined();
    });

    it('honours AWS_ENDPOINT_URL_<SERVICE> and uses adaptive retries (checked without sending)', async () => {
      process.env.AWS_ENDPOINT_URL_EC2 = 'http://localhost:4566';
      process.env.AWS_ACCESS_KEY_ID = 'AKIATEST';
      process.env.AWS_SECRET_ACCESS_KEY = 'test';
      let seen: { hostname?: string; port?: number } | undefined;
      const requestHandler = {
        handle: (req: { hostname?: string; port?: number }) => {
          seen = req;
          return Promise.reject(new Error('stop before the network'));
        },
      };
      const clients = createClients({
        regions: ['us-east-1'],
        accountId: '1',
        maxAttempts: 1,
        clientConfig: { requestHandler },
      });
      expect(clients.ordered).toBe(false);
      await expect(clients.send('ec2', 'DescribeAddresses', {})).rejects.toThrow(/stop before the network/);
      expect(seen?.hostname).toBe('localhost');
      expect(seen?.port).toBe(4566);
      const c = (await clients.client('ec2')) as unknown as {
        config: { retryStrategy: () => Promise<{ mode: string }>; maxAttempts: () => Promise<number> };
      };
      expect((await c.config.retryStrategy()).mode).toBe('adaptive');
      expect(await c.config.maxAttempts()).toBe(1);
    });
  });
});
