import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineResource } from '../../define/index.js';
import { formatDiagnostic } from '../../diagnostics/types.js';
import { loadPolicies } from '../../policy/load.js';
import { composeRegistry } from '../../registry/index.js';
import valueFilter from './index.js';
import { loadValues } from './value-from.js';

const registry = composeRegistry({
  resources: [
    defineResource({
      type: 'aws.ec2',
      provider: 'aws',
      id: 'InstanceId',
      taggable: true,
      fields: ['InstanceId'],
      permissions: [],
      doc: { summary: 'Fake.', example: 'policies: []' },
      source: {},
    }),
  ],
  sources: [{ origin: 'core', elements: [valueFilter] }],
});

const root = mkdtempSync(join(tmpdir(), 'c7n-ts-value-from-'));
const dir = join(root, 'policies');
mkdirSync(dir);
writeFileSync(join(root, 'secret.txt'), 'a\nb\n');
writeFileSync(join(dir, 'ok.txt'), 'a\nb\n');
symlinkSync(join(root, 'secret.txt'), join(dir, 'link.txt'));

const lines = (url: string) =>
  loadPolicies(
    [
      {
        path: join(dir, 'p.yml'),
        text: `policies:\n  - name: p1\n    resource: aws.ec2\n    filters:\n      - type: value\n        key: InstanceId\n        op: in\n        value_from:\n          url: ${url}\n`,
      },
    ],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d).replace(`${dir}/`, '')} [${d.messageId}]`);

describe('value_from reads local files only inside the policy folder', () => {
  const why = "local files are read only from the policy file's folder.";
  const hint = '(put the file beside the policy and give its relative path) [value-from-outside]';

  it.each([
    ['../secret.txt', 'a path with `..`'],
    ['/etc/passwd.txt', 'an absolute path'],
    ['file:///etc/hosts.txt', 'an absolute path'],
    ['link.txt', 'outside the policy folder (after following symlinks)'],
  ])('%s is an error at the url', (url, what) => {
    expect(lines(url)).toEqual([`p.yml:9:16  policy p1: value_from url "${url}" is ${what}; ${why} ${hint}`]);
  });

  it.each(['ok.txt', 'file://ok.txt', 'data/{account_id}.txt', 's3://bucket/{account_id}.txt'])(
    '%s loads',
    (url) => {
      expect(lines(url)).toEqual([]);
    },
  );

  it('a file:// path resolves against the policy folder, and a link out is refused when read', async () => {
    const ctx = { now: 0 };
    await expect(loadValues({ url: 'file://ok.txt' }, dir, ctx)).resolves.toMatchObject({});
    expect(() => loadValues({ url: 'link.txt' }, dir, ctx)).toThrow(/refusing to read .*link\.txt/);
  });
});
