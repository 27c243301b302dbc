import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DBInstanceNotFoundFault, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetBucketLocationCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { HttpResponse } from '@smithy/core/transport';
import { afterEach, describe, expect, it } from 'vitest';
import { replayClientConfig } from './config.js';
import { getFlightPlugin } from './middleware.js';
import { REDACTED } from './redact.js';
import { FlightSession } from './session.js';

/** A canned HTTP answer, as the SDK's node handler would return it. */
interface Canned {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** Stands in for the network: answers each request with the next canned response. */
function fakeHandler(responses: Canned[]) {
  let i = 0;
  return {
    async handle() {
      const r = responses[Math.min(i++, responses.length - 1)];
      if (r === undefined) throw new Error('no canned response');
      return {
        response: new HttpResponse({
          statusCode: r.status,
          headers: { 'content-type': 'text/xml', ...r.headers },
          body: Readable.from([Buffer.from(r.body)]),
        }),
      };
    },
  };
}

const live = (responses: Canned[]) => ({
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  retryStrategy: new ConfiguredRetryStrategy(3, () => 0),
  requestHandler: fakeHandler(responses),
});

const ec2Throttle: Canned = {
  status: 503,
  body: '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>rq-0</RequestID></Response>',
};
const ec2Instances: Canned = {
  status: 200,
  headers: { 'x-amzn-requestid': 'rq-1' },
  body: `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>rq-1</requestId>
  <reservationSet><item><reservationId>r-1</reservationId><ownerId>123456789012</ownerId>
    <instancesSet><item><instanceId>i-1</instanceId><launchTime>2021-05-06T07:08:09.123Z</launchTime>
      <instanceState><code>16</code><name>running</name></instanceState>
      <tagSet><item><key>env</key><value>prod</value></item></tagSet>
    </item></instancesSet>
  </item></reservationSet>
</DescribeInstancesResponse>`,
};
const rdsNotFound: Canned = {
  status: 404,
  body: '<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>DBInstanceNotFound</Code><Message>DBInstance db-x not found.</Message></Error><RequestId>rq-2</RequestId></ErrorResponse>',
};

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-flight-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;

describe('record', () => {
  it('writes each attempt to the next _n file and replays the same answers', async () => {
    const dir = tempDir();
    const recording = new FlightSession();
    const ec2 = new EC2Client(live([ec2Throttle, ec2Instances]));
    ec2.middlewareStack.use(getFlightPlugin({ mode: 'record', dir, session: recording }));
    const rec = await ec2.send(new DescribeInstancesCommand({}));
    const rds = new RDSClient(live([rdsNotFound]));
    rds.middlewareStack.use(getFlightPlugin({ mode: 'record', dir, session: recording }));
    await expect(
      rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'db-x' })),
    ).rejects.toBeInstanceOf(DBInstanceNotFoundFault);

    expect(readdirSync(dir).sort()).toEqual([
      'ec2.DescribeInstances_1.json',
      'ec2.DescribeInstances_2.json',
      'rds.DescribeDBInstances_1.json',
    ]);
    expect(readJson(dir, 'ec2.DescribeInstances_1.json')).toEqual({
      status_code: 503,
      data: {
        Error: { Code: 'RequestLimitExceeded', Message: 'Request limit exceeded.' },
        ResponseMetadata: { HTTPStatusCode: 503 },
      },
    });
    expect(readJson(dir, 'ec2.DescribeInstances_2.json')).toMatchObject({
      status_code: 200,
      data: {
        Reservations: [
          {
            Instances: [
              {
                InstanceId: 'i-1',
                LaunchTime: {
                  __class__: 'datetime',
                  year: 2021,
                  month: 5,
                  day: 6,
                  hour: 7,
                  minute: 8,
                  second: 9,
                  microsecond: 123000,
                },
              },
            ],
          },
        ],
        ResponseMetadata: { RequestId: 'rq-1', HTTPStatusCode: 200 },
      },
    });
    // The wire code, not the SDK class name, so Cloud Custodian reads the file the same way.
    expect(readJson(dir, 'rds.DescribeDBInstances_1.json')).toMatchObject({
      status_code: 404,
      data: { Error: { Code: 'DBInstanceNotFound', Message: 'DBInstance db-x not found.' } },
    });
    expect(recording.calls.map((c) => [c.service, c.operation, c.ok, c.errorCode])).toEqual([
      ['ec2', 'DescribeInstances', false, 'RequestLimitExceeded'],
      ['ec2', 'DescribeInstances', true, undefined],
      ['rds', 'DescribeDBInstances', false, 'DBInstanceNotFound'],
    ]);

    const replay = new FlightSession();
    const ec2r = new EC2Client(replayClientConfig());
    ec2r.middlewareStack.use(getFlightPlugin({ mode: 'replay', dir, session: replay }));
    const rep = await ec2r.send(new DescribeInstancesCommand({}));
    const { $metadata: _a, ...recorded } = rec;
    const { $metadata: _b, ...replayed } = rep;
    expect(replayed).toEqual(recorded);
    expect(rep.$metadata.attempts).toBe(2);
    const rdsr = new RDSClient(replayClientConfig());
    rdsr.middlewareStack.use(getFlightPlugin({ mode: 'replay', dir, session: replay }));
    await expect(rdsr.send(new DescribeDBInstancesCommand({}))).rejects.toBeInstanceOf(
      DBInstanceNotFoundFault,
    );
  });

  it('continues numbering after files already in the directory', async () => {
    const dir = tempDir();
    for (let run = 0; run < 2; run++) {
      const ec2 = new EC2Client(live([ec2Instances]));
      ec2.middlewareStack.use(getFlightPlugin({ mode: 'record', dir, session: new FlightSession() }));
      await ec2.send(new DescribeInstancesCommand({}));
    }
    expect(readdirSync(dir).sort()).toEqual(['ec2.DescribeInstances_1.json', 'ec2.DescribeInstances_2.json']);
  });

  it('records a streaming body as base64 and still hands the caller a readable stream', async () => {
    const dir = tempDir();
    const s3 = new S3Client(
      live([
        {
          status: 200,
          headers: { 'content-type': 'text/plain', 'content-length': '5', 'x-amz-request-id': 'rq-s3' },
          body: 'hello',
        },
        {
          status: 200,
          headers: { 'content-type': 'application/xml' },
          body: '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>',
        },
      ]),
    );
    s3.middlewareStack.use(getFlightPlugin({ mode: 'record', dir }));
    const out = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    expect(await out.Body?.transformToString()).toBe('hello');
    expect(readJson(dir, 's3.GetObject_1.json')).toMatchObject({
      status_code: 200,
      data: {
        Body: { __class__: 'StreamingBody', body: Buffer.from('hello').toString('base64') },
        ContentLength: 5,
      },
    });
    const location = await s3.send(new GetBucketLocationCommand({ Bucket: 'b' }));

    const replayS3 = new S3Client(replayClientConfig());
    replayS3.middlewareStack.use(getFlightPlugin({ mode: 'replay', dir }));
    const again = await replayS3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    expect(await again.Body?.transformToString()).toBe('hello');
    const locationAgain = await replayS3.send(new GetBucketLocationCommand({ Bucket: 'b' }));
    expect(locationAgain.LocationConstraint).toEqual(location.LocationConstraint);
  });

  it("keeps no secret's value: GetSecretValue is written with a placeholder, the caller gets the value", async () => {
    const dir = tempDir();
    const secret = {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({
        ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:scanner/api-AbCdEf',
        Name: 'scanner/api',
        SecretString: '{"url":"https://scanner.example.com","token":"s3cr3t-t0k3n"}',
        VersionId: 'v1',
      }),
    };
    const binary = { ...secret, body: JSON.stringify({ Name: 'bin', SecretBinary: 'czNjcjN0' }) };
    const sm = new SecretsManagerClient(live([secret, binary]));
    sm.middlewareStack.use(getFlightPlugin({ mode: 'record', dir, session: new FlightSession() }));
    const got = await sm.send(new GetSecretValueCommand({ SecretId: 'scanner/api' }));
    expect(got.SecretString).toContain('s3cr3t-t0k3n');
    const gotBinary = await sm.send(new GetSecretValueCommand({ SecretId: 'bin' }));
    expect(Buffer.from(gotBinary.SecretBinary ?? []).toString()).toBe('s3cr3t');

    const first = readFileSync(join(dir, 'secretsmanager.GetSecretValue_1.json'), 'utf8');
    const second = readFileSync(join(dir, 'secretsmanager.GetSecretValue_2.json'), 'utf8');
    expect(first).not.toContain('s3cr3t');
    expect(second).not.toContain(Buffer.from('s3cr3t').toString('base64'));
    expect(JSON.parse(first)).toMatchObject({
      data: { Name: 'scanner/api', SecretString: REDACTED, VersionId: 'v1' },
    });
    expect(JSON.parse(second)).toMatchObject({
      data: { SecretBinary: Buffer.from(REDACTED).toString('base64') },
    });
  });
});
