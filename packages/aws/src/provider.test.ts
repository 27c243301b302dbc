import { describe, expect, it } from 'vitest';
import { createAwsProvider } from './provider.js';

/** A live provider whose requests stop at a handler that notes the host (no network). */
async function liveProvider() {
  const hosts: string[] = [];
  const requestHandler = {
    handle: (req: { hostname?: string }) => {
      hosts.push(req.hostname ?? '');
      return Promise.reject(Object.assign(new Error('stop before the network'), { name: 'Stopped' }));
    },
  };
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    maxAttempts: 1,
    clientConfig: { requestHandler, credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test' } },
  });
  return { provider, hosts };
}

const scope = { accountId: '123456789012', region: 'us-east-1' };

describe('AwsProvider regions', () => {
  it("makes a planned call in the call's region when it has one, else the policy's", async () => {
    const { provider, hosts } = await liveProvider();
    const call = {
      service: 'ec2',
      operation: 'DescribeAddresses',
      input: {},
      resourceIds: ['x'],
      describe: 'x',
    };
    const elsewhere = await provider.call({ ...call, region: 'eu-west-1' }, scope);
    const here = await provider.call(call, scope);
    expect(elsewhere.ok).toBe(false);
    expect(here.ok).toBe(false);
    expect(hosts).toEqual(['ec2.eu-west-1.amazonaws.com', 'ec2.us-east-1.amazonaws.com']);
  });

  it('reads in the region of the scope it is given', async () => {
    const { provider, hosts } = await liveProvider();
    await expect(
      provider.read('ec2', 'DescribeAddresses', {}, { ...scope, region: 'ap-southeast-2' }),
    ).rejects.toThrow(/stop before the network/);
    expect(hosts).toEqual(['ec2.ap-southeast-2.amazonaws.com']);
  });

  it('counts live calls for api-stats', async () => {
    const { provider } = await liveProvider();
    await provider.call(
      { service: 'ec2', operation: 'DescribeAddresses', input: {}, resourceIds: [], describe: '' },
      scope,
    );
    expect(provider.apiStats()).toEqual({ 'ec2.DescribeAddresses': 1 });
  });
});
