/**
 * The fan-out archive deploying a Lambda-mode policy as Lambda runs it: bundled by esbuild,
 * unzipped, and its `index.handler` invoked on one item whose calls are served from flight data
 * (C7N_TS_REPLAY): the deploy modules and SDK clients it needs (lambda, events, logs) are in the
 * bundle, not only those the policies' own elements call.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipTo } from '../lambda/zip.js';
import { buildFanoutArchive } from './package.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('the fan-out handler, bundled', () => {
  afterEach(() => {
    delete process.env.C7N_TS_REPLAY;
  });

  it('deploys a periodic policy into the account from the archive in S3', async () => {
    const archive = await buildFanoutArchive(
      [
        {
          vars: [],
          policies: [
            {
              name: 'ebs-unattached-daily',
              resourceType: 'aws.ebs',
              data: {
                name: 'ebs-unattached-daily',
                resource: 'aws.ebs',
                mode: {
                  type: 'periodic',
                  schedule: 'rate(1 day)',
                  role: 'arn:aws:iam::{account_id}:role/custodian',
                  memory: 256,
                },
                filters: [{ Attachments: 'empty' }],
              },
              file: '/home/me/ebs.yml',
              baseDir: '/home/me',
              index: 0,
              location: { line: 1, col: 1 },
            },
          ],
        },
      ],
      '1.2.3',
    );
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-handler-'));
    await unzipTo(archive.zip, dir);
    process.env.C7N_TS_REPLAY = join(fixtures, 'item-deploy');
    const mod = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
      handler(event: unknown): Promise<Record<string, unknown>>;
    };
    const result = await mod.handler({
      item: {
        account: 'dev',
        account_id: '222222222222',
        region: 'us-east-1',
        role: 'arn:aws:iam::222222222222:role/custodian',
        vars: [],
        archives: [
          {
            policy: 'ebs-unattached-daily',
            bucket: 'fanout-bucket',
            key: 'c7n/archives/ebs-unattached-daily/f99b5f8f4da75b5a.zip',
            sha256: '+Ztfj02nW1o7bHMMBoMSMjOemvTwwg+1TI7JnYJolnI=',
          },
        ],
      },
      output: 's3://fanout-bucket/c7n/out',
    });
    expect(result).toMatchObject({
      account: 'dev',
      status: 'ok',
      policies: [
        {
          policy: 'ebs-unattached-daily',
          status: 'ok',
          deploy: {
            status: 'created',
            changes: [
              'created function',
              'created log group',
              'created rule',
              'added rule target',
              'added invoke permission',
            ],
          },
        },
      ],
    });
  }, 120_000);
});
