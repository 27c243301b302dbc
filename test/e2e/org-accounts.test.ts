/**
 * `org accounts` through the built CLI and the real Organizations client, replaying hand-written
 * flight data (test/e2e/org-accounts): a root with the management account, OU Workloads holding
 * OUs Prod (prod, tagged) and Dev (dev, and old-sandbox, suspended, on a second page).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, type FlightLogEntry, root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org-accounts');

async function accounts(flight: string, ...args: string[]) {
  const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-org-accounts-'));
  const file = join(tmp, 'accounts.yml');
  const log = join(tmp, 'flight-log.json');
  const r = await runCliAsync([
    'org',
    'accounts',
    '-f',
    file,
    '--replay',
    resolve(dir, flight),
    '--flight-log',
    log,
    ...args,
  ]);
  const calls = existsSync(log)
    ? (JSON.parse(readFileSync(log, 'utf8')) as FlightLogEntry[]).map(
        (c) => `${c.operation} ${JSON.stringify(c.input)}`,
      )
    : [];
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return { ...r, tmp, text, yml: text ? (parse(text) as { accounts: any[] }) : undefined, calls };
}

describe.concurrent('org accounts', () => {
  it('writes every account with its OU path and tags as c7n-org does, walking the tree from the root', async () => {
    const r = await accounts('flight');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote 4 accounts to ${join(r.tmp, 'accounts.yml')}\n`);
    expect(r.yml?.accounts).toEqual([
      {
        name: 'management',
        account_id: '111111111111',
        role: 'arn:aws:iam::111111111111:role/OrganizationAccountAccessRole',
        tags: ['path:/'],
        email: 'aws-root@example.com',
        display_name: 'management',
        org_id: 'o-exampleorg1',
      },
      {
        name: 'prod',
        account_id: '333333333333',
        role: 'arn:aws:iam::333333333333:role/OrganizationAccountAccessRole',
        tags: ['path:/Workloads', 'path:/Workloads/Prod', 'env:prod', 'cost-center:cc-1042'],
        vars: { env: 'prod', 'cost-center': 'cc-1042' },
        email: 'aws-prod@example.com',
        display_name: 'prod',
        org_id: 'o-exampleorg1',
      },
      {
        name: 'dev',
        account_id: '222222222222',
        role: 'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole',
        tags: ['path:/Workloads', 'path:/Workloads/Dev', 'env:dev'],
        vars: { env: 'dev' },
        email: 'aws-dev@example.com',
        display_name: 'dev',
        org_id: 'o-exampleorg1',
      },
      {
        name: 'old-sandbox',
        account_id: '444444444444',
        role: 'arn:aws:iam::444444444444:role/OrganizationAccountAccessRole',
        tags: ['path:/Workloads', 'path:/Workloads/Dev', 'env:sandbox', 'owner:jane@example.com'],
        vars: { env: 'sandbox', owner: 'jane@example.com' },
        email: 'aws-sandbox@example.com',
        display_name: 'old-sandbox',
        org_id: 'o-exampleorg1',
      },
    ]);
    // Account ids stay strings for c7n-org's schema.
    expect(r.text).toContain('account_id: "111111111111"');
    expect(r.calls).toEqual([
      'ListRoots {}',
      'ListOrganizationalUnitsForParent {"ParentId":"r-a1b2"}',
      'ListOrganizationalUnitsForParent {"ParentId":"ou-a1b2-wk000001"}',
      'ListOrganizationalUnitsForParent {"ParentId":"ou-a1b2-pr000002"}',
      'ListOrganizationalUnitsForParent {"ParentId":"ou-a1b2-dv000003"}',
      'ListAccountsForParent {"ParentId":"r-a1b2"}',
      'ListTagsForResource {"ResourceId":"111111111111"}',
      'ListAccountsForParent {"ParentId":"ou-a1b2-wk000001"}',
      'ListAccountsForParent {"ParentId":"ou-a1b2-pr000002"}',
      'ListTagsForResource {"ResourceId":"333333333333"}',
      'ListAccountsForParent {"ParentId":"ou-a1b2-dv000003"}',
      'ListAccountsForParent {"ParentId":"ou-a1b2-dv000003","NextToken":"AAEAAbcdPage2"}',
      'ListTagsForResource {"ResourceId":"222222222222"}',
      'ListTagsForResource {"ResourceId":"444444444444"}',
    ]);
    // Atomic: nothing but the file in its directory.
    expect(readdirSync(r.tmp).sort()).toEqual(['accounts.yml', 'flight-log.json']);
  });

  it('--active leaves the suspended account out (and asks no tags of it); --role, --name and -r fill each entry', async () => {
    const r = await accounts(
      'flight',
      '--active',
      '--role',
      'Custodian',
      '--name',
      '{name}-{account_id}',
      '-r',
      'us-east-1',
      '-r',
      'eu-west-1',
      '-i',
      '111111111111',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.yml?.accounts.map((a) => [a.name, a.role, a.regions])).toEqual([
      ['prod-333333333333', 'arn:aws:iam::333333333333:role/Custodian', ['us-east-1', 'eu-west-1']],
      ['dev-222222222222', 'arn:aws:iam::222222222222:role/Custodian', ['us-east-1', 'eu-west-1']],
    ]);
    expect(r.calls.filter((c) => c.startsWith('ListTagsForResource'))).toEqual([
      'ListTagsForResource {"ResourceId":"333333333333"}',
      'ListTagsForResource {"ResourceId":"222222222222"}',
    ]);
  });

  it('--ou by id looks up its path, then walks its subtree only; an ARN template takes account fields', async () => {
    const r = await accounts(
      'flight-ou-id',
      '--ou',
      'ou-a1b2-dv000003',
      '--role',
      'arn:aws:iam::{account_id}:role/org/{OrgId}-reader',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.yml?.accounts.map((a) => [a.name, a.role, a.tags])).toEqual([
      [
        'dev',
        'arn:aws:iam::222222222222:role/org/o-exampleorg1-reader',
        ['path:/Workloads', 'path:/Workloads/Dev', 'env:dev'],
      ],
      [
        'old-sandbox',
        'arn:aws:iam::444444444444:role/org/o-exampleorg1-reader',
        ['path:/Workloads', 'path:/Workloads/Dev'],
      ],
    ]);
    expect(r.calls).toEqual([
      'ListRoots {}',
      'DescribeOrganizationalUnit {"OrganizationalUnitId":"ou-a1b2-dv000003"}',
      'ListParents {"ChildId":"ou-a1b2-dv000003"}',
      'DescribeOrganizationalUnit {"OrganizationalUnitId":"ou-a1b2-wk000001"}',
      'ListParents {"ChildId":"ou-a1b2-wk000001"}',
      'ListOrganizationalUnitsForParent {"ParentId":"ou-a1b2-dv000003"}',
      'ListAccountsForParent {"ParentId":"ou-a1b2-dv000003"}',
      'ListTagsForResource {"ResourceId":"222222222222"}',
      'ListTagsForResource {"ResourceId":"444444444444"}',
    ]);
  });

  it('prints to stdout without -f', async () => {
    const r = await runCliAsync(['org', 'accounts', '--replay', join(dir, 'flight'), '--active']);
    expect(r.code, r.stderr).toBe(0);
    expect((parse(r.stdout) as { accounts: { name: string }[] }).accounts.map((a) => a.name)).toEqual([
      'management',
      'prod',
      'dev',
    ]);
  });

  it('an Organizations error exits 1 and writes nothing', async () => {
    const r = await accounts('flight-denied');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "c7n-ts: AWS Organizations: AccessDeniedException: You don't have permissions to access this resource.\n",
    );
    expect(r.text).toBeUndefined();
  });
});

describe.concurrent('org accounts: bad input (exit 2, nothing written)', () => {
  const bad = async (flight: string, args: string[], message: string) => {
    const r = await accounts(flight, ...args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe(`c7n-ts: ${message}\n`);
    expect(r.text).toBeUndefined();
  };
  it('an OU path that does not exist', () =>
    bad(
      'flight',
      ['--ou', '/Workloads/Staging'],
      '--ou /Workloads/Staging: no OU named "Staging" under /Workloads',
    ));
  it('an --ou that is neither a path nor an id', () =>
    bad(
      'flight',
      ['--ou', 'Workloads'],
      '--ou Workloads: expected an OU path (/Workloads/Prod) or an OU id (ou-ab12-cd34ef56)',
    ));
  it('an unknown template field', () =>
    bad(
      'flight',
      ['--role', 'arn:aws:iam::{id}:role/x'],
      '--role arn:aws:iam::{id}:role/x: unknown field {id}; use one of {Id}, {Arn}, {Email}, {Name}, {State}, {Status}, {OrgId}, {Path}, {account_id}',
    ));
  it('a name template that gives two accounts one name', () =>
    bad(
      'flight',
      ['--name', '{org_id}'],
      `accounts 111111111111 and 333333333333 are both named "o-exampleorg1"; c7n-org needs unique names (they name output directories): try --name '{name}-{account_id}'`,
    ));
  it('a region typo', async () => {
    const r = await runCliAsync(['org', 'accounts', '--replay', join(dir, 'flight'), '-r', 'eu-west']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"eu-west" is not an AWS region name');
  });
  it('a missing replay directory', () =>
    bad('no-such-flight', [], `--replay ${join(dir, 'no-such-flight')}: no such directory`));
});

/**
 * --record through the real Organizations client against a local stand-in for AWS
 * (AWS_ENDPOINT_URL, fake static credentials) answering its JSON 1.1 protocol as AWS documents
 * it; the recording then replays to the same file.
 */
describe('org accounts --record', () => {
  const ARN = 'arn:aws:organizations::555555555555';
  const answers: Record<string, (input: any) => unknown> = {
    ListRoots: () => ({ Roots: [{ Id: 'r-zz99', Arn: `${ARN}:root/o-rec0000001/r-zz99`, Name: 'Root' }] }),
    ListOrganizationalUnitsForParent: (i) => ({
      OrganizationalUnits:
        i.ParentId === 'r-zz99'
          ? [{ Id: 'ou-zz99-aaaaaaaa', Arn: `${ARN}:ou/o-rec0000001/ou-zz99-aaaaaaaa`, Name: 'Prod' }]
          : [],
    }),
    ListAccountsForParent: (i) => ({
      Accounts: [
        {
          Id: i.ParentId === 'r-zz99' ? '555555555555' : '666666666666',
          Arn: `${ARN}:account/o-rec0000001/${i.ParentId === 'r-zz99' ? '555555555555' : '666666666666'}`,
          Email: 'rec@example.com',
          Name: i.ParentId === 'r-zz99' ? 'payer' : 'shop',
          State: 'ACTIVE',
          JoinedMethod: 'CREATED',
          JoinedTimestamp: 1735725600,
        },
      ],
    }),
    ListTagsForResource: (i) => ({
      Tags: i.ResourceId === '666666666666' ? [{ Key: 'env', Value: 'prod' }] : [],
    }),
  };

  it('records each answer as flight data that replays to the same accounts.yml', async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        const op = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
        const answer = answers[op];
        res.setHeader('content-type', 'application/x-amz-json-1.1');
        if (!answer) {
          res.statusCode = 400;
          res.end(JSON.stringify({ __type: 'InvalidInputException', message: `no ${op} here` }));
          return;
        }
        res.end(JSON.stringify(answer(JSON.parse(body || '{}'))));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-org-record-'));
      const rec = join(tmp, 'flight');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_CONFIG_FILE: join(tmp, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-aws-credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      const r = await new Promise<{ code: number; stderr: string }>((done) => {
        const child = spawn(
          process.execPath,
          [cli, 'org', 'accounts', '--record', rec, '-f', join(tmp, 'recorded.yml')],
          { env, timeout: 60_000 },
        );
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => {
          stderr += d;
        });
        child.on('close', (code) => done({ code: code ?? -1, stderr }));
      });
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(rec).sort()).toEqual([
        'organizations.ListAccountsForParent_1.json',
        'organizations.ListAccountsForParent_2.json',
        'organizations.ListOrganizationalUnitsForParent_1.json',
        'organizations.ListOrganizationalUnitsForParent_2.json',
        'organizations.ListRoots_1.json',
        'organizations.ListTagsForResource_1.json',
        'organizations.ListTagsForResource_2.json',
      ]);
      const recorded = readFileSync(join(tmp, 'recorded.yml'), 'utf8');
      expect((parse(recorded) as { accounts: any[] }).accounts.map((a) => [a.name, a.tags])).toEqual([
        ['payer', ['path:/']],
        ['shop', ['path:/Prod', 'env:prod']],
      ]);
      const replayed = await accounts(join(tmp, 'flight'));
      expect(replayed.code, replayed.stderr).toBe(0);
      expect(replayed.text).toBe(recorded);
    } finally {
      server.close();
    }
  });
});
