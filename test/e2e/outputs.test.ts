/**
 * The output folder describes one run: files of an earlier run are cleared, a second run on the
 * same folder at once is refused, the run log survives a kill, and no temp file is left.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, runCli } from './harness.js';

const cases = join(root, 'test', 'e2e', 'cases');
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `c7n-ts-${name}-`));

function run(caseName: string, out: string, ...extra: string[]) {
  return runCli([
    'run',
    '-s',
    out,
    '--replay',
    join(cases, caseName, 'flight'),
    '--account-id',
    '123456789012',
    ...extra,
    join(cases, caseName, 'policy.yml'),
  ]);
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe('output folder', () => {
  it('a real run after a dry run removes the dry run plan', () => {
    const out = tmp('stale');
    expect(run('ebs-delete', out, '--dryrun').code).toBe(0);
    expect(existsSync(join(out, 'ebs-delete-unattached', 'plan.txt'))).toBe(true);
    expect(run('ebs-delete', out).code).toBe(0);
    expect(existsSync(join(out, 'ebs-delete-unattached', 'plan.txt'))).toBe(false);
    expect(existsSync(join(out, 'ebs-delete-unattached', 'plan.json'))).toBe(false);
    const metadata = JSON.parse(readFileSync(join(out, 'ebs-delete-unattached', 'metadata.json'), 'utf8'));
    expect(metadata.execution.dryrun).toBe(false);
  });

  it('a run after another starts its own log', () => {
    const out = tmp('stale-notify');
    expect(run('notify-file', out).code).toBe(0);
    const policy = readdirSync(out).find((n) => existsSync(join(out, n, 'notify')))!;
    expect(policy).toBeDefined();
    const log = readFileSync(join(out, policy, 'custodian-run.log'), 'utf8')
      .trim()
      .split('\n').length;
    expect(run('notify-file', out, '--dryrun').code).toBe(0);
    // The dry run writes its own rendering; the log is this run's, not appended to the last.
    expect(
      readFileSync(join(out, policy, 'custodian-run.log'), 'utf8')
        .trim()
        .split('\n').length,
    ).toBe(log);
  });

  it('a run that fails does not leave the earlier resources.json looking current', () => {
    const out = tmp('stale-failed');
    expect(run('ebs-delete', out, '--dryrun').code).toBe(0);
    expect(existsSync(join(out, 'ebs-delete-unattached', 'resources.json'))).toBe(true);
    // Same policy, no flight data for its list call: the fetch fails.
    const empty = tmp('no-flight');
    const r = runCli([
      'run',
      '-s',
      out,
      '--replay',
      empty,
      '--account-id',
      '123456789012',
      join(cases, 'ebs-delete', 'policy.yml'),
    ]);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'ebs-delete-unattached', 'resources.json'))).toBe(false);
    const metadata = JSON.parse(readFileSync(join(out, 'ebs-delete-unattached', 'metadata.json'), 'utf8'));
    expect(metadata.execution.status).toBe('failed');
  });

  it('no temp file and no lock are left behind', () => {
    const out = tmp('clean');
    writeFileSync(join(out, '.0123456789ab.tmp'), 'x'); // not in a policy folder: left alone
    expect(run('tag-ec2-tag', out).code).toBe(0);
    const left = files(out).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));
    expect(left).toEqual(['.0123456789ab.tmp']);
  });

  it('a second run on a folder another live run holds is refused, naming the folder', () => {
    const out = tmp('locked');
    // A live process (this test's) holds the lock.
    writeFileSync(join(out, '.c7n-ts.lock'), `${process.pid}\n`);
    const r = run('ebs-delete', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${out} is in use by another c7n-ts run (process ${process.pid})`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(out, 'flight-log.json'))).toBe(false);
    expect(existsSync(join(out, 'ebs-delete-unattached'))).toBe(false);
  });

  it('a lock left by a killed run is taken over', () => {
    const out = tmp('stale-lock');
    // A pid that no live process has: a short-lived child, waited for.
    const dead = Number(execFileSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }).trim());
    writeFileSync(join(out, '.c7n-ts.lock'), `${dead}\n`);
    expect(run('ebs-delete', out).code).toBe(0);
    expect(existsSync(join(out, '.c7n-ts.lock'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')(
    'the log of every policy that finished survives a kill',
    async () => {
      // Two policies; the second's list call reads a named pipe nobody writes, so the run hangs there.
      const flight = tmp('fifo-flight');
      cpSync(join(cases, 'ebs-delete', 'flight'), flight, { recursive: true });
      execFileSync('mkfifo', [join(flight, 'ec2.DescribeInstances_1.json')]);
      const policy = join(tmp('fifo-policy'), 'policy.yml');
      writeFileSync(
        policy,
        [
          'policies:',
          '  - name: first-volumes',
          '    resource: aws.ebs',
          '  - name: second-instances',
          '    resource: aws.ec2',
          '',
        ].join('\n'),
      );
      const out = tmp('killed');
      const child = spawn(
        process.execPath,
        [cli, 'run', '-s', out, '--replay', flight, '--account-id', '123456789012', policy],
        {
          stdio: 'ignore',
        },
      );
      const log = join(out, 'first-volumes', 'custodian-run.log');
      const finished = () => existsSync(log) && readFileSync(log, 'utf8').includes('matched');
      for (let i = 0; i < 200 && !finished(); i++) await new Promise((r) => setTimeout(r, 50));
      // Give the run time to reach the pipe, then kill it without a chance to clean up.
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines.some((l) => l.includes('matched'))).toBe(true);
      expect(existsSync(join(out, 'first-volumes', 'resources.json'))).toBe(true);
      expect(existsSync(join(out, 'first-volumes', 'metadata.json'))).toBe(true);
    },
  );
});
