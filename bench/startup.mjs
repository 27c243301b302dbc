// Start-up of the built CLI (issue 17): `version`, `--help`, `schema aws.ec2`, `validate` of one
// policy and of 300, each run N times as a subprocess; prints the median wall time and the
// median and least CPU time (user + system, from bench/rss-hook.cjs) of each, with node alone
// for scale. On a busy machine compare the least CPU time: it is what contention inflates least.
//
//   node bench/startup.mjs [--runs 11] [--cli packages/cli/bin/c7n-ts.js] [--no-custodian] [--python python3]
//
// Where the machine has Cloud Custodian (bench/custodian.mjs), the same commands of `custodian`
// are timed beside them (`custodian -h` for --help).
//
// The 300 policies are bench/policies.yml ten times over, renamed, in one file under a temporary
// directory. Figures are printed, never asserted. Target: each command under 0.2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { custodianVersion, defaultPython, runCustodian } from './custodian.mjs';
import { envWithoutExtraCa, extraCa, extraCaLine } from './extra-ca.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const HOOK = join(here, 'rss-hook.cjs');

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    cli: { type: 'string', default: join(root, 'packages/cli/bin/c7n-ts.js') },
    'no-custodian': { type: 'boolean', default: false },
    python: { type: 'string', default: defaultPython() },
  },
});
const runs = Number(opts.runs);

const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-startup-'));
const one = join(tmp, 'one.yml');
writeFileSync(
  one,
  'policies:\n  - name: old-instances\n    resource: aws.ec2\n    filters:\n      - type: instance-age\n        days: 30\n      - "tag:Owner": absent\n    actions:\n      - stop\n',
);
const many = join(tmp, 'policies-300.yml');
writeFileSync(many, times10(readFileSync(join(here, 'policies.yml'), 'utf8')));

/** The policies of a `policies:` file ten times over, each copy's names suffixed -0 .. -9. */
function times10(text) {
  const at = text.search(/^policies:/m);
  const body = text.slice(text.indexOf('\n', at) + 1);
  let out = `${text.slice(0, at)}policies:\n`;
  for (let k = 0; k < 10; k++) out += body.replace(/^(\s*- name: )(\S+)/gm, `$1$2-${k}`);
  return out;
}

// name, c7n-ts arguments, run through the CLI, custodian's arguments.
const commands = [
  ['node alone', ['-e', '0'], false],
  ['version', ['version'], true, ['version']],
  ['--help', ['--help'], true, ['-h']],
  ['schema aws.ec2', ['schema', 'aws.ec2'], true, ['schema', 'aws.ec2']],
  ['validate (1 policy)', ['validate', one], true, ['validate', one]],
  ['validate (300 policies)', ['validate', many], true, ['validate', many]],
];
const c7nVersion = opts['no-custodian'] ? undefined : custodianVersion(opts.python);

function once(args, cli, env = process.env) {
  const usage = join(tmp, 'usage.json');
  const argv = ['--require', HOOK, ...(cli ? [opts.cli] : []), ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { env: { ...env, BENCH_RSS_FILE: usage } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, 'utf8'));
  return { wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;

console.log(
  `start-up, median of ${runs} (node ${process.version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)})`,
);
const caLine = extraCaLine('the figures below include it, but for the column "w/o CA"');
if (caLine) console.log(caLine);
console.log(
  `${'command'.padEnd(26)}${'wall'.padStart(10)}${'cpu'.padStart(10)}${'cpu min'.padStart(10)}` +
    (extraCa ? `${'wall w/o CA'.padStart(13)}` : '') +
    (c7nVersion ? `   custodian ${c7nVersion}: wall, cpu min, c7n-ts faster (wall)` : ''),
);
try {
  for (const [name, args, cli = true, c7nArgs] of commands) {
    once(args, cli); // warm the file system cache
    const rs = Array.from({ length: runs }, () => once(args, cli));
    const wall = median(rs.map((r) => r.wall));
    const cpu = median(rs.map((r) => r.cpu));
    const least = Math.min(...rs.map((r) => r.cpu));
    // The same command without NODE_EXTRA_CA_CERTS (extra-ca.mjs), when the machine sets it.
    const noCa = extraCa
      ? s(median(Array.from({ length: runs }, () => once(args, cli, envWithoutExtraCa()).wall))).padStart(13)
      : '';
    let side = '';
    if (c7nVersion && c7nArgs) {
      const cs = Array.from({ length: Math.min(runs, 5) }, () => runCustodian(opts.python, c7nArgs));
      if (cs.some((c) => c.status !== 0))
        throw new Error(`custodian ${c7nArgs.join(' ')} failed: ${cs[0].stderr}`);
      const cWall = median(cs.map((c) => c.ms));
      side = `   ${s(cWall).padStart(10)}${s(Math.min(...cs.map((c) => c.cpuMs))).padStart(10)}${`${(cWall / wall).toFixed(1)}x`.padStart(8)}`;
    }
    console.log(
      `${name.padEnd(26)}${s(wall).padStart(10)}${s(cpu).padStart(10)}${s(least).padStart(10)}${noCa}${side}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
