import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources, fieldsRead } from '../../query/index.js';
import s3 from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/full', import.meta.url));
const replay = () => createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const ops = (clients: ReturnType<typeof replay>) => clients.session.calls.map((c) => c.operation);

const perBucket = [
  'GetBucketLocation',
  'GetBucketTagging',
  'GetBucketPolicy',
  'GetBucketAcl',
  'GetBucketReplication',
  'GetBucketVersioning',
  'GetBucketWebsite',
  'GetBucketLogging',
  'GetBucketNotificationConfiguration',
  'GetBucketLifecycleConfiguration',
];

describe('aws.s3 fetch', () => {
  it("without needs, makes Cloud Custodian's ten calls per bucket, bucket by bucket", async () => {
    const clients = replay();
    const [alpha, beta] = await fetchResources(s3, { clients });
    expect(ops(clients)).toEqual(['ListBuckets', ...perBucket, ...perBucket]);
    expect(clients.session.calls[1]?.input).toEqual({ Bucket: 'alpha-logs' });
    expect(alpha).toEqual({
      Name: 'alpha-logs',
      CreationDate: new Date('2020-05-06T07:08:09Z'),
      Location: {},
      Tags: [{ Key: 'Owner', Value: 'ops' }],
      Policy: null,
      Acl: {
        Owner: { ID: 'owner-id' },
        Grants: [{ Grantee: { ID: 'owner-id', Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }],
      },
      Replication: null,
      Versioning: { Status: 'Enabled' },
      Website: null,
      Logging: {},
      Notification: {},
      Lifecycle: null,
    });
    // EU is eu-west-1; a missing tag set is []; AccessDenied is recorded, not fatal.
    expect(beta?.Location).toEqual({ LocationConstraint: 'eu-west-1' });
    expect(beta?.Tags).toEqual([]);
    expect(beta).not.toHaveProperty('Acl');
    expect(beta?.['c7n:DeniedMethods']).toEqual(['get_bucket_acl']);
    expect(beta?.Logging).toEqual({ TargetBucket: 'alpha-logs', TargetPrefix: 'beta/' });
    expect(typeof beta?.Policy).toBe('string');
    expect(beta?.Versioning).toEqual({});
  });

  it('fetches only the sub-documents the policy reads', async () => {
    const clients = replay();
    const rs = await fetchResources(s3, { clients, needs: fieldsRead(['Versioning.Status']) });
    expect(ops(clients)).toEqual(['ListBuckets', 'GetBucketVersioning', 'GetBucketVersioning']);
    expect(rs.map((r) => r.Versioning)).toEqual([{ Status: 'Enabled' }, {}]);
    expect(rs[0]).not.toHaveProperty('Location');
  });

  it('makes no per-bucket call for a policy on Name', async () => {
    const clients = replay();
    const rs = await fetchResources(s3, { clients, needs: fieldsRead(['Name']) });
    expect(ops(clients)).toEqual(['ListBuckets']);
    expect(rs).toHaveLength(2);
  });

  it('maps tag: keys to GetBucketTagging', async () => {
    const clients = replay();
    await fetchResources(s3, { clients, needs: fieldsRead(['tag:Owner']) });
    expect(ops(clients)).toEqual(['ListBuckets', 'GetBucketTagging', 'GetBucketTagging']);
  });

  it('honours augment-keys, always adding Location and Tags as Cloud Custodian does', async () => {
    const none = replay();
    await fetchResources(s3, { clients: none, query: [{ 'augment-keys': 'none' }] });
    const always = ['GetBucketLocation', 'GetBucketTagging'];
    expect(ops(none)).toEqual(['ListBuckets', ...always, ...always]);
    const listed = replay();
    await fetchResources(s3, { clients: listed, query: [{ 'augment-keys': ['Website'] }] });
    expect(ops(listed)).toEqual([
      'ListBuckets',
      ...['GetBucketLocation', 'GetBucketTagging', 'GetBucketWebsite'],
      ...['GetBucketLocation', 'GetBucketTagging', 'GetBucketWebsite'],
    ]);
  });
});
