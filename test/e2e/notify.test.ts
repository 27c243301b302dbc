/**
 * `c7n-ts notify preview` and `--template-dir`, through the built CLI: a dry run that renders
 * what each recipient would get, makes no mutating call, and lists the files.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCli } from './harness.js';

const sesCase = join(root, 'test', 'e2e', 'cases', 'notify-ses-dryrun');

describe('c7n-ts notify preview', () => {
  it('renders the emails without sending and lists them per recipient set', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-preview-'));
    const r = runCli([
      'notify',
      'preview',
      join(sesCase, 'policy.yml'),
      '-p',
      'ec2-notify-*',
      '--replay',
      join(sesCase, 'flight'),
      '--account-id',
      '123456789012',
      '-r',
      'us-east-1',
      '-s',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('policy ec2-notify-ses (us-east-1): 3 matched');
    expect(r.stdout).toContain(
      'alice@example.com, security@example.com: 2 resources, "Custodian notification - ec2-notify-ses"',
    );
    expect(r.stdout).toContain('cloud-team@example.com, security@example.com: 1 resource');
    expect(r.stdout).toContain(
      join('ec2-notify-ses', 'notify', '0-alice@example.com+security@example.com.eml'),
    );
    const html = readFileSync(
      join(out, 'ec2-notify-ses', 'notify', '0-alice@example.com+security@example.com.html'),
      'utf8',
    );
    expect(html).toContain('i-0aaa1111');
    const plan = readFileSync(join(out, 'ec2-notify-ses', 'plan.txt'), 'utf8');
    expect(plan).toContain('notify: email alice@example.com, security@example.com about 2 resources');
    const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as FlightLogEntry[];
    expect(log.filter((c) => isMutating(c.operation))).toEqual([]);
  });

  it('exits 2 when no policy with a notify action is selected', () => {
    const r = runCli(['notify', 'preview', join(sesCase, 'policy.yml'), '-p', 'nothing-like-this']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no policy with a notify action matches');
  });
});

describe('--template-dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-tpl-'));
  const templates = join(dir, 'templates');
  const policy = join(dir, 'policy.yml');
  mkdirSync(templates);
  writeFileSync(join(templates, 'team.html'), '<p>{{count}} for {{#each recipients}}{{this}}{{/each}}</p>\n');
  writeFileSync(
    policy,
    [
      'policies:',
      '  - name: custom-template',
      '    resource: aws.ec2',
      '    actions:',
      '      - type: notify',
      '        to: [a@example.com]',
      '        template: team.html',
      '        transport: {type: file}',
    ].join('\n'),
  );

  it('validate finds the template only with --template-dir and reports where it looked', () => {
    const without = runCli(['validate', policy]);
    expect(without.code).toBe(2);
    expect(without.stdout).toContain(`${policy}:7:19`);
    expect(without.stdout).toContain('template "team.html" not found');
    const withDir = runCli(['validate', '--template-dir', templates, policy]);
    expect(withDir.code, withDir.stdout).toBe(0);
  });

  it('run renders with it', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-tpl-out-'));
    const r = runCli([
      'run',
      '-s',
      out,
      '--template-dir',
      templates,
      '--replay',
      join(sesCase, 'flight'),
      '--account-id',
      '123456789012',
      policy,
    ]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(readFileSync(join(out, 'custom-template', 'notify', '0-a@example.com.html'), 'utf8')).toBe(
      '<p>4 for a@example.com</p>\n',
    );
  });
});
