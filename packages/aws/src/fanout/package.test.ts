/**
 * The fan-out archive as Lambda runs it: bundled by esbuild, unzipped, and its `index.handler`
 * invoked on one account×region with its calls served from flight data (C7N_TS_REPLAY).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedPolicy } from '@c7n-ts/core';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipTo } from '../lambda/zip.js';
import { buildFanoutArchive, type FanoutArchive } from './package.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** A policy as the loader gives it, from /home/me/<name>.yml. */
const loaded = (data: { name: string; resource: string } & Record<string, unknown>): LoadedPolicy =>
  ({
    name: data.name,
    resourceType: data.resource,
    data,
    file: `/home/me/${data.name}.yml`,
    baseDir: '/home/me',
    index: 0,
    location: { line: 1, col: 1 },
  }) as LoadedPolicy;

/** The archive unzipped and its handler invoked on `item`, answered from `flight`. */
async function invoke(archive: FanoutArchive, flight: string, item: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-archive-'));
  await unzipTo(archive.zip, dir);
  process.env.C7N_TS_REPLAY = join(fixtures, flight);
  const mod = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
    handler(event: unknown): Promise<Record<string, unknown>>;
  };
  return mod.handler({
    item: {
      account: 'dev',
      account_id: '222222222222',
      region: 'us-east-1',
      role: 'arn:aws:iam::222222222222:role/custodian',
      vars: [],
      ...item,
    },
    output: 's3://fanout-bucket/c7n/out',
  });
}

describe('buildFanoutArchive', () => {
  afterEach(() => {
    delete process.env.C7N_TS_REPLAY;
  });

  it('bundles a handler that runs the embedded policies for the item it is given', async () => {
    const archive = await buildFanoutArchive(
      [{ vars: [], policies: [loaded({ name: 'ec2-all', resource: 'aws.ec2' })] }],
      '1.2.3',
    );
    expect(archive.files).toEqual(['config.json', 'index.mjs']);
    expect(await invoke(archive, 'item-ok', {})).toMatchObject({
      account: 'dev',
      status: 'ok',
      policies: [{ policy: 'ec2-all', status: 'ok', fetched: 2, matched: 2 }],
    });
  }, 120_000);

  // The deploy modules and SDK clients it needs (lambda, events, logs) are in the bundle, not
  // only those the policies' own elements call.
  it('deploys a periodic policy into the account from the archive in S3', async () => {
    const periodic = loaded({
      name: 'ebs-unattached-daily',
      resource: 'aws.ebs',
      mode: {
        type: 'periodic',
        schedule: 'rate(1 day)',
        role: 'arn:aws:iam::{account_id}:role/custodian',
        memory: 256,
      },
      filters: [{ Attachments: 'empty' }],
    });
    const archive = await buildFanoutArchive([{ vars: [], policies: [periodic] }], '1.2.3');
    const result = await invoke(archive, 'item-deploy', {
      archives: [
        {
          policy: 'ebs-unattached-daily',
          bucket: 'fanout-bucket',
          key: 'c7n/archives/ebs-unattached-daily/f99b5f8f4da75b5a.zip',
          sha256: '+Ztfj02nW1o7bHMMBoMSMjOemvTwwg+1TI7JnYJolnI=',
        },
      ],
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
