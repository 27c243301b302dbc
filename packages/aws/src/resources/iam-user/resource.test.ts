import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/fetch.js';
import iamRole from '../iam-role/resource.js';
import iamUser from './resource.js';

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('iam fetch', () => {
  it('iam-user: every page of ListUsers, each user replaced by GetUser, one gone meanwhile dropped', async () => {
    const clients = createClients({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: fixture('./__fixtures__/fetch'),
    });
    const rs = await fetchResources(iamUser, { clients });
    expect(rs.map((r) => [r.UserName, r.Tags ?? null])).toEqual([
      ['alice', [{ Key: 'Team', Value: 'red' }]],
      ['bob', null],
    ]);
    expect(rs[1]?.PermissionsBoundary).toMatchObject({ PermissionsBoundaryType: 'Policy' });
    expect(clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListUsers', {}],
      ['ListUsers', { Marker: 'page2' }],
      ['GetUser', { UserName: 'alice' }],
      ['GetUser', { UserName: 'gone' }],
      ['GetUser', { UserName: 'bob' }],
    ]);
  });

  it('iam-role: GetRole merged into each listed role (its URL-encoded trust policy decoded, as boto3 gives it), one gone meanwhile dropped', async () => {
    const clients = createClients({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: fixture('../iam-role/__fixtures__/fetch'),
    });
    const rs = await fetchResources(iamRole, { clients });
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({
      RoleName: 'app',
      MaxSessionDuration: 3600,
      Tags: [{ Key: 'Team', Value: 'blue' }],
    });
    expect(rs[0]?.RoleLastUsed).toMatchObject({ Region: 'us-east-1' });
    expect(rs[0]?.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(clients.session.calls.map((c) => c.operation)).toEqual(['ListRoles', 'GetRole', 'GetRole']);
  });
});
