/**
 * Every documented command that uses the demo account exits 0. The commands are extracted from
 * where users read them: the `$ c7n-ts` examples of each command's --help and the shell lines of
 * README.md that name examples/demo-account (with the `report` that follows them there), plus
 * the demo-account README's promise that each example also runs without --dryrun.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './harness.js';

const COMMANDS = [
  'validate',
  'run',
  'deploy',
  'notify preview',
  'package',
  'invoke',
  'remove',
  'prune',
  'permissions',
  'report',
  'schema',
];
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => `examples/${f}`);

/** `c7n-ts <cmd> --help` examples naming the demo account. */
function fromHelp(): string[][] {
  return COMMANDS.flatMap((c) =>
    runCli([...c.split(' '), '--help'])
      .stdout.split('\n')
      .filter((l) => l.trim().startsWith('$ c7n-ts ') && l.includes('examples/demo-account'))
      .map((l) => words(l.trim().slice('$ c7n-ts '.length))),
  );
}

/** README.md: shell lines naming the demo account, each with the `report -s` on its output. */
function fromReadme(): string[][] {
  // A command continued with `\` on the next lines is one command.
  const lines = readFileSync(join(root, 'README.md'), 'utf8')
    .replace(/\\\n\s*/g, ' ')
    .split('\n');
  const commands = lines
    .filter((l) => l.startsWith('c7n-ts '))
    .map((l) => words(l.replace(/#.*/, '').slice(7)).flatMap(expand));
  const outputs = new Set(
    commands.filter((c) => c.includes('examples/demo-account')).map((c) => c[c.indexOf('-s') + 1]),
  );
  return commands.filter(
    (c) => c.includes('examples/demo-account') || (c[0] === 'report' && outputs.has(c[c.indexOf('-s') + 1])),
  );
}

const words = (line: string) => line.split(/\s+/).filter(Boolean);

/**
 * A shell glob with `*` in some path segments (`policies/aws/*\/*.yml`), expanded from the
 * repository root as the shell would; a glob that matches nothing (the reader's own
 * `my-library/`, made in the walk-through) is left out. `examples/*.yml` is expanded later.
 */
function expand(arg: string): string[] {
  if (!arg.includes('*') || arg === 'examples/*.yml') return [arg];
  let paths = [''];
  for (const segment of arg.split('/')) {
    if (!segment.includes('*')) {
      paths = paths.map((p) => (p ? `${p}/${segment}` : segment));
      continue;
    }
    const re = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
    paths = paths.flatMap((p) => {
      try {
        return readdirSync(join(root, p))
          .filter((name) => re.test(name))
          .sort()
          .map((name) => (p ? `${p}/${name}` : name));
      } catch {
        return [];
      }
    });
  }
  return paths.map((p) => join(root, p));
}

/** The policy README.md asks the reader to write as my-policy.yml. */
function myPolicy(dir: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /Write `my-policy\.yml`:\s*```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block, 'README.md: the my-policy.yml block').toBeDefined();
  const file = join(dir, 'my-policy.yml');
  writeFileSync(file, block ?? '');
  return file;
}

describe('documented demo-account commands exit 0', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-documented-'));
  const policy = myPolicy(tmp);
  // Output directories as written (out, out/mine...) go under one temp folder, shared so a
  // `report -s out/mine` reads what the `run -s out/mine` before it wrote.
  const local = (args: string[]) =>
    args.flatMap((a, i) =>
      args[i - 1] === '-s'
        ? [join(tmp, a)]
        : a === 'my-policy.yml'
          ? [policy]
          : a === 'examples/*.yml'
            ? examples
            : [a],
    );
  const documented = [...fromReadme(), ...fromHelp()];

  it('finds the documented commands', () => {
    expect(documented.length).toBeGreaterThanOrEqual(4);
  });

  for (const args of documented)
    it(`c7n-ts ${args.join(' ')}`, () => {
      const r = runCli(local(args));
      expect(r.code, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
    });

  // examples/demo-account/README.md: "Run without --dryrun ... the actions' calls are answered too".
  it('every example policy runs on the demo account without --dryrun', () => {
    const r = runCli(['run', '-s', join(tmp, 'acting'), '--replay', 'examples/demo-account', ...examples]);
    expect(r.code, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
    expect(r.stdout).not.toContain('FAIL');
  });
});
