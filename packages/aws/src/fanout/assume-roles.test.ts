import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import { assumeRoleChain, REFRESH_BEFORE_MS } from './assume-roles.js';

/** A stand-in for STS on the wire: AssumeRole answers whose credentials expire `life` ms on. */
function sts(life: number) {
  const assumed: string[] = [];
  const requestHandler = {
    handle: (req: { body?: string }) => {
      const role = /RoleArn=([^&]+)/.exec(String(req.body))?.[1] ?? '';
      assumed.push(decodeURIComponent(role));
      const n = assumed.length;
      const xml =
        '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>' +
        `<AccessKeyId>ASIA${n}</AccessKeyId><SecretAccessKey>s${n}</SecretAccessKey><SessionToken>t${n}</SessionToken>` +
        `<Expiration>${new Date(Date.now() + life).toISOString()}</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>`;
      return Promise.resolve({ response: { statusCode: 200, headers: {}, body: Readable.from([xml]) } });
    },
  };
  const clientsWith = (credentials: unknown) =>
    createClients({
      regions: ['us-east-1'],
      accountId: '1',
      maxAttempts: 1,
      clientConfig: { requestHandler },
      credentials: (credentials as { accessKeyId: string; secretAccessKey: string } | undefined) ?? {
        accessKeyId: 'AKIACALLER',
        secretAccessKey: 'caller',
      },
    });
  return { assumed, clientsWith };
}

const chain = {
  roles: ['arn:aws:iam::111111111111:role/hub', 'arn:aws:iam::222222222222:role/custodian'],
  sessionName: 'c7n-ts',
  region: 'us-east-1',
};
type Provider = () => Promise<{ accessKeyId: string }>;

describe('assumeRoleChain', () => {
  it('assumes the chain once, and keeps the credentials while they have time left', async () => {
    const { assumed, clientsWith } = sts(60 * 60_000);
    const credentials = (await assumeRoleChain(chain, clientsWith)) as unknown as Provider;
    expect(assumed).toEqual(chain.roles);
    expect((await credentials()).accessKeyId).toBe('ASIA2');
    expect((await credentials()).accessKeyId).toBe('ASIA2');
    expect(assumed).toHaveLength(2);
  });

  it('assumes the whole chain again when an SDK call finds them about to expire, once for concurrent calls', async () => {
    const { assumed, clientsWith } = sts(REFRESH_BEFORE_MS - 1000);
    const credentials = (await assumeRoleChain(chain, clientsWith)) as unknown as Provider;
    const [a, b] = await Promise.all([credentials(), credentials()]);
    expect(a.accessKeyId).toBe('ASIA4');
    expect(b).toBe(a);
    expect(assumed).toEqual([...chain.roles, ...chain.roles]);
  });
});
