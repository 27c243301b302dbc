/**
 * The fan-out archive as Lambda runs it: bundled by esbuild, unzipped, and its `index.handler`
 * invoked on one account×region with its calls served from flight data (C7N_TS_REPLAY).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipTo } from '../lambda/zip.js';
import { buildFanoutArchive } from './package.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('buildFanoutArchive', () => {
  afterEach(() => {
    delete process.env.C7N_TS_REPLAY;
  });

  it('bundles a handler that runs the embedded policies for the item it is given', async () => {
    const archive = await buildFanoutArchive(
      [
        {
          vars: [],
          policies: [
            {
              name: 'ec2-all',
              resourceType: 'aws.ec2',
              data: { name: 'ec2-all', resource: 'aws.ec2' },
              file: '/home/me/ec2.yml',
              baseDir: '/home/me',
              index: 0,
              location: { line: 1, col: 1 },
            },
          ],
        },
      ],
      '1.2.3',
    );
    expect(archive.files).toEqual(['config.json', 'index.mjs']);
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-archive-'));
    await unzipTo(archive.zip, dir);
    process.env.C7N_TS_REPLAY = join(fixtures, 'item-ok');
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
      },
      output: 's3://fanout-bucket/c7n/out',
    });
    expect(result).toMatchObject({
      account: 'dev',
      status: 'ok',
      policies: [{ policy: 'ec2-all', status: 'ok', fetched: 2, matched: 2 }],
    });
  }, 120_000);
});
