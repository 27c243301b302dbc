/**
 * A policy reads local files only inside its own folder (and --template-dir): a notify template
 * `../secret.html` is refused at validation by `run` and `package`, never rendered or zipped.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

let root: string;
let dir: string;

const policy = (template: string, transport: string, mode = '') =>
  [
    'policies:',
    '  - name: ec2-notify',
    '    resource: aws.ec2',
    ...(mode ? [mode] : []),
    '    actions:',
    '      - type: notify',
    '        to: [team@example.com]',
    `        template: ${template}`,
    `        transport: ${transport}`,
    '',
  ].join('\n');

/** Every file under `d`, relative. */
const files = (d: string): string[] =>
  existsSync(d) ? readdirSync(d, { recursive: true, encoding: 'utf8' }) : [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-local-'));
  dir = join(root, 'policies');
  mkdirSync(join(dir, 'flight'), { recursive: true });
  writeFileSync(join(root, 'secret.html'), '<p>SECRET</p>');
  symlinkSync(join(root, 'secret.html'), join(dir, 'linked.html'));
  // One running instance, so that a run that got past validation would render an email.
  writeFileSync(
    join(dir, 'flight', 'ec2.DescribeInstances_1.json'),
    JSON.stringify({
      status_code: 200,
      data: { Reservations: [{ Instances: [{ InstanceId: 'i-0aaa1111', State: { Name: 'running' } }] }] },
    }),
  );
});

describe('notify templates outside the policy folder', () => {
  it.each([
    ['../secret.html', 'is a path with `..`'],
    ['linked.html', 'is outside the policy folder (after following symlinks)'],
  ])('run refuses template %s: exit 2 at the template line, no html written', (template, why) => {
    const file = join(dir, 'run.yml');
    writeFileSync(file, policy(template, '{type: file}'));
    const out = join(root, `out-${template.replace(/\W/g, '')}`);
    const r = runCli([
      'run',
      '-s',
      out,
      '--replay',
      join(dir, 'flight'),
      '--account-id',
      '123456789012',
      file,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:7:19`);
    expect(r.stderr).toContain(`template "${template}" ${why}`);
    expect(r.stderr).not.toContain('    at ');
    expect(files(out).filter((f) => f.endsWith('.html') || f.endsWith('.eml'))).toEqual([]);
  });

  it('package refuses it and writes no archive', () => {
    const file = join(dir, 'package.yml');
    const mode = [
      '    mode:',
      '      type: periodic',
      "      schedule: 'rate(1 day)'",
      '      role: arn:aws:iam::123456789012:role/custodian',
    ].join('\n');
    writeFileSync(file, policy('../secret.html', '{type: sqs, queue: mailer}', mode));
    const zip = join(root, 'out.zip');
    const r = runCli(['package', file, '-o', zip]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:11:19`);
    expect(r.stderr).toContain('template "../secret.html" is a path with `..`');
    expect(existsSync(zip)).toBe(false);
  });
});
