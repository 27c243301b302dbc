/**
 * The shared policy library (`policies/`) is a tested artifact: every file validates, and every
 * policy test in it passes under `c7n-ts test`, on every commit.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, runCliAsync } from './harness.js';

const library = join(root, 'policies');

function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name.endsWith('.tests') ? [] : policyFiles(path);
    return /\.ya?ml$/.test(d.name) ? [path] : [];
  });
}

describe('the policy library', () => {
  const files = policyFiles(join(library, 'aws'));

  it('holds policies, each with tests', () => {
    expect(files.length).toBeGreaterThan(10);
    const untested = files.filter(
      (f) =>
        !readdirSync(join(f, '..')).includes(
          `${f
            .split('/')
            .pop()
            ?.replace(/\.ya?ml$/, '')}.tests`,
        ),
    );
    expect(untested.map((f) => relative(root, f))).toEqual([]);
  });

  it('validates, strictly', async () => {
    const r = await runCliAsync(['validate', '--strict', ...files]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });

  it('passes its tests', { timeout: 240_000 }, () => {
    // A process per policy test, as many at once as there are CPUs: longer than runCli's minute
    // on a busy CI.
    const r = spawnSync(process.execPath, [cli, 'test', library], {
      cwd: root,
      encoding: 'utf8',
      timeout: 230_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('FAIL');
  });
});
