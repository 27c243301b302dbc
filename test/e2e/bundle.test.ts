/**
 * The built CLI (issue 17): a small front (commander and the command definitions) and one
 * script with every command's implementation, run with the V8 code cache the build wrote.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cli, root, runCli } from './harness.js';

const bundles = join(root, 'packages', 'cli', 'dist', 'bundle');
const dir = () => join(bundles, readFileSync(join(bundles, 'current'), 'utf8').trim());

/** `run --dryrun` of an example policy file on the demo account, output to `out`. */
const demoRun = (out: string, policy = 'ec2-owner-tags.yml') => [
  'run',
  '-s',
  out,
  '--dryrun',
  '--replay',
  join(root, 'examples', 'demo-account'),
  '--account-id',
  '123456789012',
  join(root, 'examples', policy),
];

/**
 * A module to preload into a CLI process (`--require`): `setup` runs first, and on exit the JSON
 * of `value` (an expression) is written where `read` finds it.
 */
function exitDump(tmp: string, name: string, value: string, setup = '') {
  const preload = join(tmp, `${name}.cjs`);
  const file = join(tmp, `${name}.json`);
  writeFileSync(
    preload,
    `${setup}\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(file)}, JSON.stringify(${value})));`,
  );
  return { preload, read: <T>() => JSON.parse(readFileSync(file, 'utf8')) as T };
}

describe('the CLI bundle', () => {
  it('has a front without the engine, and the front and actions scripts with caches this Node accepts', () => {
    const front = readFileSync(join(dir(), 'front.cjs'), 'utf8');
    expect(front).not.toContain('function loadPolicies(');
    expect(front.length).toBeLessThan(400_000);
    for (const name of ['front.cjs', 'actions.cjs']) {
      const file = join(dir(), name);
      const script = new Script(readFileSync(file, 'utf8'), {
        filename: file,
        cachedData: readFileSync(`${file}.cache`),
      });
      expect(script.cachedDataRejected, name).toBe(false);
    }
  });

  it('runs validate from the cache without writing it again', () => {
    const caches = ['front.cjs.cache', 'actions.cjs.cache'].map((name) => join(dir(), name));
    const before = caches.map((cache) => statSync(cache).mtimeMs);
    const r = runCli(['validate', join(root, 'bench', 'policies.yml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('30 policies valid in 1 file');
    expect(caches.map((cache) => statSync(cache).mtimeMs)).toEqual(before);
  });

  it('imports packages at run time from the cached script (package loads esbuild)', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-'));
    const r = runCli([
      'package',
      join(root, 'test', 'e2e', 'lambda', 'policies.yml'),
      '-p',
      'ec2-auto-tag-creator',
      '-o',
      join(out, 'fn.zip'),
    ]);
    rmSync(out, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('compiles the SDK client packages a run loads with a code cache of their own', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-'));
    const run = () => runCli(demoRun(out));
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    const caches = join(dir(), 'sdk-cache');
    const files = readdirSync(caches).filter((f) => f.endsWith('.cache'));
    // @aws-sdk/client-ec2 and the @smithy packages it requires, one file each.
    expect(files.length).toBeGreaterThan(10);
    const stamps = files.map((f) => statSync(join(caches, f)).mtimeMs);
    const again = run();
    rmSync(out, { recursive: true, force: true });
    expect(again.code, again.stderr).toBe(0);
    const lines = (text: string) => text.replace(/\d+\.\d+s$/gm, '');
    expect(lines(again.stdout)).toBe(lines(first.stdout));
    // Accepted the second time: nothing rewritten.
    expect(files.map((f) => statSync(join(caches, f)).mtimeMs)).toEqual(stamps);
  });

  it('loads the large SDK clients from the slim modules the build wrote, not their packages', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-slim-'));
    // What the CLI process loaded.
    const loaded = exitDump(tmp, 'loaded', 'Object.keys(require.cache)');
    const r = spawnSync(
      process.execPath,
      ['--require', loaded.preload, cli, ...demoRun(join(tmp, 'out'), 'offhours.yml')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const modules = loaded.read<string[]>();
    rmSync(tmp, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    // offhours.yml has EC2 and RDS policies.
    expect(modules).toEqual(
      expect.arrayContaining([join(dir(), 'sdk', 'client-ec2.cjs'), join(dir(), 'sdk', 'client-rds.cjs')]),
    );
    expect(modules.filter((m) => /[\\/]client-(ec2|rds)[\\/]dist-cjs[\\/]/.test(m))).toEqual([]);
  });

  it("loads a resource folder's filters and actions only for a policy of its types", () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-types-'));
    // The type scripts the CLI process compiled.
    const loaded = exitDump(
      tmp,
      'scripts',
      'seen',
      `const vm = require('node:vm'); const seen = []; const Script = vm.Script;
vm.Script = function (source, options) { if (/[\\\\/]types[\\\\/]/.test(options?.filename ?? '')) seen.push(require('node:path').basename(options.filename)); return new Script(source, options); };`,
    );
    const validate = (file: string) => {
      const r = spawnSync(process.execPath, ['--require', loaded.preload, cli, 'validate', file], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { ...r, scripts: loaded.read<string[]>() };
    };
    const ec2 = validate(join(root, 'examples', 'ec2-owner-tags.yml'));
    const unknown = join(tmp, 'unknown.yml');
    writeFileSync(
      unknown,
      'policies:\n  - name: p\n    resource: aws.ec2\n    filters:\n      - type: instance-agee\n',
    );
    const typo = validate(unknown);
    rmSync(tmp, { recursive: true, force: true });
    expect(ec2.status, ec2.stderr).toBe(0);
    expect(ec2.scripts).toEqual(['ec2.cjs']);
    // The actions script holds no folder's elements.
    expect(readFileSync(join(dir(), 'actions.cjs'), 'latin1')).not.toContain('oldest EBS volume attachment');
    // An unknown name looks for the types that have it: every folder is loaded, once.
    expect(typo.status).toBe(2);
    expect(typo.stdout).toContain('did you mean "instance-age"?');
    expect(typo.scripts.length).toBe(new Set(typo.scripts).size);
    expect(typo.scripts.length).toBe(
      readdirSync(join(dir(), 'types')).filter((f) => f.endsWith('.cjs')).length,
    );
  });

  it("reports a policy's keys and its elements' options as the unbundled build does (their validators are compiled at build time)", () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-shape-'));
    const file = join(tmp, 'bad.yml');
    writeFileSync(
      file,
      [
        'policies:',
        '  - name: -bad name',
        '    resource: aws.ec2',
        '    fitlers: []',
        '    comments: 3',
        '    tags: [1]',
        '  - resource: aws.ebs',
        '    max-resources-percent: "x"',
        '  - name: bad-elements',
        '    resource: aws.ec2',
        '    filters:',
        '      - { type: instance-age, days: "x", dayz: 3 }',
        '      - { type: value, key: InstanceType, op: regx, value: t2.micro }',
        '      - { type: security-group, key: GroupName, value_type: sizee }',
        '    actions:',
        '      - { type: mark-for-op, op: stopp, days: -1 }',
        '      - { type: tag, key: a, valu: b }',
        '    mode: { type: periodic, schedule: 3 }',
        '',
      ].join('\n'),
    );
    const loaded = exitDump(tmp, 'lazy', "globalThis[Symbol.for('c7n-ts.lazy-packages')] ?? []");
    const bundled = spawnSync(process.execPath, ['--require', loaded.preload, cli, 'validate', file], {
      encoding: 'utf8',
    });
    // Every element's options were checked by the build's validators: Ajv was never loaded.
    expect(loaded.read<string[]>()).toEqual([]);
    const unbundled = spawnSync(
      process.execPath,
      [join(root, 'packages', 'cli', 'dist', 'main.js'), 'validate', file],
      { encoding: 'utf8' },
    );
    rmSync(tmp, { recursive: true, force: true });
    expect(bundled.status).toBe(2);
    expect(bundled.stdout).toContain('did you mean "filters"?');
    expect(bundled.stdout).toContain(
      'invalid value "regx" for "op" in filter "value"; did you mean "regex"?',
    );
    expect(bundled.stdout).toContain('"days" in action "mark-for-op" must be >= 0, got -1');
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(5);
    expect({ stdout: bundled.stdout, stderr: bundled.stderr, status: bundled.status }).toEqual({
      stdout: unbundled.stdout,
      stderr: unbundled.stderr,
      status: unbundled.status,
    });
  });

  it('validate loads none of the costly builtins, nor a replayed run HTTP, which the scripts get as stand-ins', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-builtins-'));
    const loaded = exitDump(tmp, 'builtins', 'process.moduleLoadList');
    const r = spawnSync(
      process.execPath,
      ['--require', loaded.preload, cli, 'validate', join(root, 'bench', 'policies.yml')],
      { encoding: 'utf8' },
    );
    const modules = loaded.read<string[]>();
    // A replayed run makes no HTTP request: the SDK's handler reads http2's constants as it
    // loads, and gets a stand-in for them.
    const run = spawnSync(
      process.execPath,
      ['--require', loaded.preload, cli, ...demoRun(join(tmp, 'out'))],
      {
        encoding: 'utf8',
      },
    );
    const runModules = loaded.read<string[]>();
    // A script of the bundle that uses them gets the builtins themselves.
    writeFileSync(
      join(tmp, 'front.cjs'),
      `(function (exports, require) {'use strict';
const zlib = require('node:zlib');
zlib.marker = 1;
const { constants } = require('node:http2');
const before = process.moduleLoadList.includes('NativeModule http2');
process.stdout.write(JSON.stringify([require('zlib').marker, zlib.gunzipSync(zlib.gzipSync('ok')).toString(), 'gzipSync' in zlib, Object.keys(require('node:crypto')).includes('createHash'), before, constants.HTTP2_HEADER_PATH, 'NGHTTP2_NO_ERROR' in constants]));
})`,
    );
    const stub = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(join(root, 'packages', 'cli', 'bin', 'run-bundle.js'))}).startFront(${JSON.stringify(tmp)})`,
      ],
      { encoding: 'utf8' },
    );
    rmSync(tmp, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['crypto', 'zlib', 'v8', 'child_process', 'fs/promises', 'http', 'https', 'http2'])
      expect(modules, name).not.toContain(`NativeModule ${name}`);
    expect(run.status, run.stderr).toBe(0);
    for (const name of ['http', 'https', 'http2', 'tls'])
      expect(runModules, name).not.toContain(`NativeModule ${name}`);
    expect(stub.stderr).toBe('');
    expect(JSON.parse(stub.stdout)).toEqual([1, 'ok', true, true, false, ':path', true]);
  });

  it('loads re2js, JMESPath and JSONPath only for a policy that uses them, and matches as the unbundled build', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-lazy-'));
    const policy = join(tmp, 'keys.yml');
    writeFileSync(
      policy,
      [
        'policies:',
        '  - name: keys',
        '    resource: aws.ec2',
        '    filters:',
        '      - type: value',
        '        key: InstanceType',
        '        op: regex',
        "        value: 't3\\.(medium|small)'",
        '      - not: [{ type: value, key: "Tags[?Key==\'Owner\'].Value | [0]", value: absent }]',
        '      - type: value',
        '        key: "$.Tags[?(@.Key==\'Name\')].Value"',
        '        value: present',
        '',
      ].join('\n'),
    );
    // A policy without a regex, a JMESPath or JSONPath key or a template loads none of them.
    const plain = join(tmp, 'plain.yml');
    writeFileSync(
      plain,
      'policies:\n  - name: old\n    resource: aws.ec2\n    filters:\n      - type: instance-age\n        days: 30\n      - "tag:Owner": absent\n    actions: [stop]\n',
    );
    const loaded = exitDump(tmp, 'lazy', "globalThis[Symbol.for('c7n-ts.lazy-packages')] ?? []");
    const validate = spawnSync(process.execPath, ['--require', loaded.preload, cli, 'validate', plain], {
      encoding: 'utf8',
    });
    const atValidate = loaded.read<string[]>();
    const runWith = (entry: string, out: string) =>
      spawnSync(
        process.execPath,
        ['--require', loaded.preload, entry, ...demoRun(join(tmp, out)).slice(0, -1), policy],
        {
          encoding: 'utf8',
        },
      );
    const bundled = runWith(cli, 'bundled');
    const atRun = loaded.read<string[]>();
    const unbundled = runWith(join(root, 'packages', 'cli', 'dist', 'main.js'), 'unbundled');
    const matched = (out: string) => readFileSync(join(tmp, out, 'keys', 'resources.json'), 'utf8');
    expect(validate.status, validate.stderr).toBe(0);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(unbundled.status, unbundled.stderr).toBe(0);
    const [a, b] = [matched('bundled'), matched('unbundled')];
    rmSync(tmp, { recursive: true, force: true });
    expect(atValidate).toEqual([]);
    expect([...atRun].sort()).toEqual(['@jmespath-community/jmespath', 'jsonpath-plus', 're2js']);
    expect(JSON.parse(a).length).toBeGreaterThan(0);
    expect(a).toBe(b);
  });

  it("keeps the caches org run checks under its V8 flag apart from run's: neither rewrites the other's", () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-bundle-org-'));
    const org = join(root, 'test', 'e2e', 'org');
    const run = () => runCli(demoRun(join(out, 'run')));
    const orgRun = () =>
      runCli([
        'org',
        'run',
        '-c',
        join(org, 'accounts.yml'),
        '-s',
        join(out, 'org'),
        '--replay',
        join(org, 'flight'),
        '--dryrun',
        join(org, 'ec2.yml'),
      ]);
    // Every code cache of the build, by its time.
    const stamps = () => {
      const all = new Map<string, number>();
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.cache')) all.set(p, statSync(p).mtimeMs);
        }
      };
      walk(dir());
      return all;
    };
    expect(run().code).toBe(0);
    orgRun();
    const before = stamps();
    expect([...before.keys()].some((p) => p.endsWith('.heap-growing-percent-10.cache'))).toBe(true);
    expect(run().code).toBe(0);
    orgRun();
    const after = stamps();
    rmSync(out, { recursive: true, force: true });
    expect(after).toEqual(before);
  });

  it('says did-you-mean for an unknown command, from the script, in one line', () => {
    const r = runCli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'c7n-ts: unknown command "valdate"; did you mean "validate"? (see c7n-ts --help)\n',
    );
  });
});
