import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedPolicy, loadPolicies } from '@c7n-ts/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import { buildArchive } from './package.js';

const registry = awsRegistry();

function load(yaml: string, dir = mkdtempSync(join(tmpdir(), 'c7n-ts-pkg-'))): LoadedPolicy {
  const { policies, diagnostics } = loadPolicies([{ path: join(dir, 'policy.yml'), text: yaml }], registry);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policies[0]!;
}

const ec2Policy = `policies:
  - name: ec2-tag-new
    resource: aws.ec2
    mode:
      type: cloudtrail
      events: [RunInstances]
    filters:
      - "tag:Owner": absent
    actions:
      - type: tag
        key: Owner
        value: unknown
`;

// esbuild bundles the handler from the sources: allow it some time on a busy machine.
describe('buildArchive', { timeout: 120_000 }, () => {
  it('builds the same bytes twice (same CodeSha256) with index.mjs and config.json', async () => {
    const policy = load(ec2Policy);
    const a = await buildArchive(policy, { registry, version: '0.1.0' });
    const b = await buildArchive(policy, { registry, version: '0.1.0' });
    expect(a.sha256).toBe(b.sha256);
    expect(a.files).toEqual(['config.json', 'index.mjs']);
    expect(a.clients).toEqual(['ec2']);
    const files = unzipSync(a.zip);
    const config = JSON.parse(strFromU8(files['config.json']!));
    expect(config).toMatchObject({
      version: '0.1.0',
      policy: { name: 'ec2-tag-new', resourceType: 'aws.ec2', file: 'policy.yml' },
    });
    expect(config.policy.data.actions).toEqual([{ type: 'tag', key: 'Owner', value: 'unknown' }]);
  });

  it('bundles only the clients the policy needs; the others are stubs with a clear error', async () => {
    const { zip, size } = await buildArchive(load(ec2Policy), { registry, version: '0.1.0' });
    const code = strFromU8(unzipSync(zip)['index.mjs']!);
    expect(code).toContain('AmazonEC2');
    expect(code).not.toContain('AmazonRDSv19');
    expect(code).toContain('the @aws-sdk/client-rds client was not bundled for policy');
    expect(code).not.toMatch(/commander|esbuild/);
    // The full EC2 client alone is ~360 KB deflated; the archive must stay well under 1 MB.
    expect(size).toBeLessThan(1024 * 1024);

    const rds = load(`policies:
  - name: rds-delete-public
    resource: aws.rds
    mode: {type: cloudtrail, events: [CreateDBInstance]}
    actions: [{type: delete, skip-snapshot: true}]
`);
    const rdsCode = strFromU8(
      unzipSync((await buildArchive(rds, { registry, version: '0.1.0' })).zip)['index.mjs']!,
    );
    expect(rdsCode).toContain('AmazonRDSv19');
    expect(rdsCode).not.toContain('AmazonEC2');
  });

  it('includes the custom template of a notify action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-pkg-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'owner.html.j2'), '<p>{{ account }}</p>');
    const policy = load(ec2Policy, dir);
    // notify is declared by another module; the archive only reads its `template` option.
    policy.data.actions = [
      { type: 'notify', template: 'owner.html.j2' },
      { type: 'notify', template: 'default.html' },
    ];
    const archive = await buildArchive(policy, { registry, version: '0.1.0' });
    expect(archive.files).toEqual(['config.json', 'index.mjs', 'templates/owner.html.j2']);
    expect(strFromU8(unzipSync(archive.zip)['templates/owner.html.j2']!)).toBe('<p>{{ account }}</p>');
  });
});
