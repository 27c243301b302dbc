/**
 * auto-tag-user inside the deployed function, for every identity type CloudTrail names: each
 * policy's archive is built once with `c7n-ts package`, unzipped, and its handler run in a
 * fresh node process per event (EC2 RunInstances, S3 CreateBucket, RDS CreateDBInstance),
 * on replayed flight data. The tags written are read back from the run's flight log.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type FlightLogEntry, root } from './harness.js';

const here = join(root, 'test', 'e2e', 'lambda');
const events = join(root, 'packages', 'aws', 'src', 'lambda', '__fixtures__', 'events');
const ACCOUNT = '123456789012';

/** `userIdentity` blocks as CloudTrail writes them, with the tags c7n's rules give each. */
const identities = {
  IAMUser: {
    identity: {
      type: 'IAMUser',
      principalId: 'AIDAEXAMPLEUSERID1234',
      arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
      accountId: ACCOUNT,
      accessKeyId: 'AKIAEXAMPLEKEY123456',
      userName: 'bob',
    },
    tags: { Creator: 'bob', CreatorId: 'AIDAEXAMPLEUSERID1234' },
  },
  AssumedRole: {
    identity: {
      type: 'AssumedRole',
      principalId: 'AROAEXAMPLEROLEID1234:alice@example.com',
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Developer/alice@example.com`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAEXAMPLEKEY123456',
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAEXAMPLEROLEID1234',
          arn: `arn:aws:iam::${ACCOUNT}:role/Developer`,
          accountId: ACCOUNT,
          userName: 'Developer',
        },
        attributes: { creationDate: '2026-11-20T08:55:01Z', mfaAuthenticated: 'true' },
      },
    },
    tags: { Creator: 'alice@example.com', CreatorId: 'AROAEXAMPLEROLEID1234' },
  },
  FederatedUser: {
    identity: {
      type: 'FederatedUser',
      principalId: `${ACCOUNT}:carol`,
      arn: `arn:aws:sts::${ACCOUNT}:federated-user/carol`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAEXAMPLEKEY654321',
      sessionContext: {
        sessionIssuer: {
          type: 'IAMUser',
          principalId: 'AIDAEXAMPLEBROKER123',
          arn: `arn:aws:iam::${ACCOUNT}:user/sso-broker`,
          accountId: ACCOUNT,
          userName: 'sso-broker',
        },
        attributes: { creationDate: '2026-11-20T08:55:01Z', mfaAuthenticated: 'false' },
      },
    },
    tags: { Creator: 'carol', CreatorId: ACCOUNT },
  },
  Root: {
    identity: {
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAEXAMPLEROOTKEY12',
    },
    tags: { Creator: 'root', CreatorId: ACCOUNT },
  },
  // A service acting on its own (an Auto Scaling launch): never a person, never tagged.
  AWSService: {
    identity: { type: 'AWSService', invokedBy: 'autoscaling.amazonaws.com' },
    tags: undefined,
  },
} as const;

/** Each policy, its event, its flight data and how to read the tags its tagging call sent. */
const policies = {
  'ec2-creator': {
    event: 'ec2-run-instances',
    flight: 'flight-ec2',
    tagCall: 'CreateTags',
    tagsOf: (input: Record<string, unknown>) =>
      Object.fromEntries((input.Tags as { Key: string; Value: string }[]).map((t) => [t.Key, t.Value])),
  },
  's3-creator': {
    event: 's3-create-bucket',
    flight: 'flight-s3-tag',
    tagCall: 'PutBucketTagging',
    tagsOf: (input: Record<string, unknown>) =>
      Object.fromEntries(
        (input.Tagging as { TagSet: { Key: string; Value: string }[] }).TagSet.filter((t) =>
          t.Key.startsWith('Creator'),
        ).map((t) => [t.Key, t.Value]),
      ),
  },
  'rds-creator': {
    event: 'rds-create-db-instance',
    flight: 'flight-rds-tag',
    tagCall: 'TagResources',
    tagsOf: (input: Record<string, unknown>) => input.Tags as Record<string, string>,
  },
} as const;

const work = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-identities-'));
const run = (args: string[], env?: NodeJS.ProcessEnv) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, args, { cwd: work, env, timeout: 120_000 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  await Promise.all(
    Object.keys(policies).map(async (name) => {
      const zip = join(work, `${name}.zip`);
      const r = await run([cli, 'package', join(here, 'identities.yml'), '-p', name, '-o', zip]);
      expect(r.code, r.stderr).toBe(0);
      for (const [file, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
        const path = join(work, name, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
      }
    }),
  );
}, 180_000);

describe.concurrent('auto-tag-user in the deployed function, per identity type', { timeout: 120_000 }, () => {
  for (const [policy, p] of Object.entries(policies))
    for (const [type, who] of Object.entries(identities))
      it(`${policy}: ${type}`, async () => {
        const event = JSON.parse(readFileSync(join(events, `${p.event}.json`), 'utf8'));
        event.detail.userIdentity = who.identity;
        const dir = mkdtempSync(join(work, `${policy}-${type}-`));
        writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
        const script = [
          "import { readFileSync } from 'node:fs';",
          `const { handler } = await import(${JSON.stringify(join(work, policy, 'index.mjs'))});`,
          "const event = JSON.parse(readFileSync('event.json', 'utf8'));",
          `const r = await handler(event, { invokedFunctionArn: 'arn:aws:lambda:us-east-1:${ACCOUNT}:function:custodian-${policy}' });`,
          "process.stdout.write('RESULT ' + JSON.stringify(r) + '\\n');",
        ].join('\n');
        const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
          execFile(
            process.execPath,
            ['--input-type=module', '-e', script],
            {
              cwd: dir,
              timeout: 60_000,
              env: {
                PATH: process.env.PATH,
                AWS_REGION: 'us-east-1',
                C7N_TS_REPLAY: join(here, p.flight),
                C7N_TS_OUTPUT_DIR: join(dir, 'out'),
              },
            },
            (err, stdout, stderr) =>
              done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
          ),
        );
        expect(r.code, r.stderr).toBe(0);
        const result = JSON.parse(/^RESULT (.*)$/m.exec(r.stdout)?.[1] ?? 'null');
        expect(result.status).toBe('ok');
        const log = JSON.parse(readFileSync(join(dir, 'out', 'flight-log.json'), 'utf8')) as FlightLogEntry[];
        const tagCalls = log.filter((c) => c.operation === p.tagCall);
        if (who.tags === undefined) {
          // Skipped, logged, and the run still succeeds.
          expect(tagCalls).toEqual([]);
          expect(r.stdout).toContain('AWSService');
        } else {
          expect(tagCalls).toHaveLength(1);
          expect(p.tagsOf(tagCalls[0]!.input)).toEqual(who.tags);
        }
      });
});
