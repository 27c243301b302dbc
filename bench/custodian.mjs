// Cloud Custodian beside c7n-ts in the benchmarks (issue 17's side-by-side figures), when the
// machine has it: `custodian` runs through bench/custodian-replay.py, which answers its AWS calls
// from the same flight data c7n-ts replays. Cloud Custodian (the `c7n` Python package) must be
// importable by `--python` (default: $C7N_PYTHON, else python3), installed or on PYTHONPATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SHIM = join(here, 'custodian-replay.py');

export const defaultPython = () => process.env.C7N_PYTHON || 'python3';

/** Cloud Custodian's version, or undefined when `python` cannot import it. */
export function custodianVersion(python) {
  const r = spawnSync(python, [SHIM, '-', 'version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n').pop() : undefined;
}

/**
 * One `custodian ARGS` run, answered from `flight` (or with no AWS at all when `flight` is
 * undefined): wall and CPU ms, peak RSS MB, exit status, stderr.
 */
export function runCustodian(python, args, { flight, cwd } = {}) {
  const usage = join(tmpdir(), `c7n-bench-usage-${process.pid}.json`);
  const home = join(tmpdir(), `c7n-bench-home-${process.pid}`);
  rmSync(usage, { force: true });
  rmSync(home, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(python, [SHIM, flight ?? '-', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    // A fresh home: its resource cache file (on by default, how its policies share a listing)
    // must not let this run skip listings an earlier run made.
    env: { ...process.env, BENCH_RSS_FILE: usage, HOME: home },
  });
  rmSync(home, { recursive: true, force: true });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let u = { maxRSS: 0, userCPUTime: 0, systemCPUTime: 0 };
  if (existsSync(usage)) u = JSON.parse(readFileSync(usage, 'utf8'));
  rmSync(usage, { force: true });
  return {
    ms,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    rssMb: u.maxRSS / 1024,
    status: r.status,
    stderr: r.stderr,
  };
}

/** policy name -> its matched ids, sorted and joined, from a run's output folder. */
export function matchedIds(out, idKeys) {
  const ids = new Map();
  for (const name of readdirSync(out)) {
    const file = join(out, name, 'resources.json');
    if (!existsSync(file)) continue;
    const resources = JSON.parse(readFileSync(file, 'utf8'));
    const key = (r) => idKeys.map((k) => r[k]).find((v) => v !== undefined);
    ids.set(name, resources.map(key).sort().join(','));
  }
  return ids;
}

/**
 * Cloud Custodian's Lambda archive of the policy `name` in `policyFile`, built by c7n.mu
 * (PolicyLambda, as `custodian deploy` builds it), written to `zip`. Returns its size in bytes.
 */
export function packageCustodian(python, policyFile, name, zip) {
  const r = spawnSync(python, [SHIM, '--package', policyFile, name, zip], { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`Cloud Custodian's archive of ${name} failed: ${r.stderr.slice(-2000)}`);
  return Number(r.stdout.trim().split('\n').pop());
}

/**
 * One cold start of Cloud Custodian's function unzipped in `taskRoot`: a fresh python process
 * imports its handler and runs `event` (a file), its AWS calls answered from `flight`, its output
 * written under `out`. Spawn to exit: wall and CPU ms, peak RSS MB, exit status, stdout, stderr.
 */
export function runCustodianLambda(python, { flight, taskRoot, event, out, functionName, region }) {
  const usage = join(tmpdir(), `c7n-bench-usage-${process.pid}.json`);
  const home = join(tmpdir(), `c7n-bench-home-${process.pid}`);
  rmSync(usage, { force: true });
  rmSync(home, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(python, [SHIM, '--lambda', flight, taskRoot, event, out], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      BENCH_RSS_FILE: usage,
      HOME: home,
      // What Lambda sets in a function's environment that c7n reads.
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_LAMBDA_FUNCTION_NAME: functionName,
      LAMBDA_TASK_ROOT: taskRoot,
      // /var/task is read-only in Lambda: python caches no bytecode there between cold starts.
      PYTHONDONTWRITEBYTECODE: '1',
    },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  rmSync(home, { recursive: true, force: true });
  let u = { maxRSS: 0, userCPUTime: 0, systemCPUTime: 0 };
  if (existsSync(usage)) u = JSON.parse(readFileSync(usage, 'utf8'));
  rmSync(usage, { force: true });
  return {
    ms,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    rssMb: u.maxRSS / 1024,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}
