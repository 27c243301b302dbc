/**
 * Which SDK clients the fan-out archive bundles (fanoutClients): the policy set's and the
 * handler's own, checked against the calls written in the handler's modules.
 */
import { readFileSync } from 'node:fs';
import type { LoadedPolicy } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { isLargeClient } from '../clients/slim.js';
import { LAMBDA_BUNDLE } from '../lambda/package.js';
import { ownModule } from '../own-module.js';
import { awsRegistry } from '../registry.js';
import { fanoutClients, HANDLER_CALLS } from './package.js';

const registry = awsRegistry();
const policy = (resourceType: string, data: Record<string, unknown> = {}) =>
  ({
    name: 'p',
    resourceType,
    data: { name: 'p', resource: resourceType, ...data },
    file: '/p.yml',
    baseDir: '/',
    index: 0,
    location: { line: 1, col: 1 },
  }) as LoadedPolicy;

describe('fanoutClients', () => {
  it("keeps the policies' operations of a large client and the handler's clients whole", () => {
    const keep = fanoutClients([policy('aws.ec2', { actions: ['stop'] })], registry);
    expect(keep.get('@aws-sdk/client-ec2')).toEqual(
      expect.arrayContaining(['DescribeInstances', 'DescribeRegions', 'StopInstances']),
    );
    expect(keep.get('@aws-sdk/client-ec2')).not.toContain('DescribeDBInstances');
    // Small clients are bundled whole (an empty list); RDS, which nothing calls, is a stub.
    expect(keep.get('@aws-sdk/client-sts')).toEqual([]);
    expect(keep.get('@aws-sdk/client-s3')).toEqual([]);
    expect(keep.has('@aws-sdk/client-rds')).toBe(false);
    // The union over the set.
    expect(
      fanoutClients([policy('aws.ec2'), policy('aws.rds')], registry).get('@aws-sdk/client-rds'),
    ).toContain('DescribeDBInstances');
  });

  it("lists every service the handler's own modules call", async () => {
    const entry = ownModule('fanout/handler');
    if (!entry) throw new Error('no fan-out handler');
    const { build } = await import('esbuild');
    const { metafile } = await build({ ...LAMBDA_BUNDLE, entryPoints: [entry], metafile: true });
    // The policies' calls are their elements' (resources/, common/): their permissions name them.
    const own = Object.keys(metafile.inputs).filter(
      (f) => /packages\/aws\/src\//.test(f) && !/\/(resources|common)\//.test(f),
    );
    expect(own.length).toBeGreaterThan(10);
    const calls = /\bsend\(\s*'([a-z0-9.-]+)'(?:,\s*'([A-Za-z0-9]+)')?/g;
    const missing: string[] = [];
    for (const file of own)
      for (const [, service = '', op] of readFileSync(file, 'utf8').matchAll(calls)) {
        const kept = HANDLER_CALLS[service];
        if (!kept) missing.push(`${file}: ${service}`);
        else if (op && isLargeClient(`@aws-sdk/client-${service}`) && !kept.includes(op))
          missing.push(`${file}: ${service} ${op}`);
      }
    expect(missing).toEqual([]);
  });
});
