// Organisation benchmark (issue 16): `c7n-ts org run --replay --dryrun` over 100, 300 and 1,000
// synthetic accounts × 2 regions, and Cloud Custodian's c7n-org on the same data where the
// machine has it.
//
//   node bench/org.mjs [--accounts 100,300,1000] [--runs 1] [--concurrency 8]
//                      [--c7n-org-accounts 100,300,1000] [--c7n-org-workers N] [--no-c7n-org]
//                      [--python python3] [--keep DIR] [--node-flags "--flag ..."]
//
// 1. Generates each organisation (bench/gen-org.mjs) into bench/.data/org-<N>/ when missing or
//    stale (another day, another generator version): accounts.yml, flight/<account>/<region>/
//    (AssumeRole, one DescribeInstances page of 20-50 instances, one DescribeVolumes page of
//    10-30 volumes) and policies.yml (8 EC2/EBS policies of bench/policies.yml).
// 2. Runs `c7n-ts org run -c accounts.yml -s OUT --replay flight --dryrun -o json policies.yml`
//    as a subprocess (with bench/rss-hook.cjs: peak RSS and CPU of the process), --runs times per
//    N (median by wall time shown), and prints wall, CPU, peak RSS, account×regions per second,
//    and the growth from the smallest N to the largest: peak RSS within 20% = flat, wall and CPU
//    per account×region about constant = linear.
// 3. Where c7n-org and Cloud Custodian import (`--python`, default $C7N_PYTHON or python3; see
//    bench/README.md for PYTHONPATH), runs `c7n-org run --dryrun` on the same data through
//    bench/c7n-org-replay.py, for each N of --c7n-org-accounts (default: those up to 300; 1,000
//    takes c7n-org some 15 CPU minutes), once, and
//    prints its wall time, CPU (the parent and every worker process), peak RSS of the parent,
//    of the largest worker, and the largest sum over the process tree sampled every 200 ms (RSS,
//    and PSS, which counts pages shared by the forked workers once), beside c7n-ts's; then
//    whether both matched the same resource ids in every account×region×policy.
// --node-flags passes V8/node flags to c7n-ts's process (e.g. --heap-growing-percent=10).
// Figures are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultPython } from './custodian.mjs';
import { GEN_VERSION, generate, ORG_POLICIES, REGIONS, todayAnchor } from './gen-org.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CLI = join(root, 'packages/cli/bin/c7n-ts.js');
const HOOK = join(here, 'rss-hook.cjs');
const SHIM = join(here, 'c7n-org-replay.py');
const ID_KEYS = ['InstanceId', 'VolumeId'];

const { values: opts } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100,300,1000' },
    runs: { type: 'string', default: '1' },
    concurrency: { type: 'string' },
    'c7n-org-accounts': { type: 'string' },
    'c7n-org-workers': { type: 'string' },
    'no-c7n-org': { type: 'boolean', default: false },
    python: { type: 'string', default: defaultPython() },
    keep: { type: 'string' },
    'node-flags': { type: 'string', default: '' },
  },
});
const SIZES = opts.accounts.split(',').map(Number);
const RUNS = Math.max(1, Number(opts.runs));
// c7n-org spends about 0.4 s of CPU per account×region here: 1,000 accounts is some 15 CPU
// minutes, so it runs only up to 300 accounts unless asked.
const ORG_SIZES = opts['c7n-org-accounts']
  ? opts['c7n-org-accounts'].split(',').map(Number)
  : SIZES.filter((n) => n <= 300).concat(SIZES.every((n) => n > 300) ? SIZES.slice(0, 1) : []);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

function ensureOrg(n) {
  const dir = join(here, '.data', `org-${n}`);
  let meta;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'bench-meta.json'), 'utf8'));
  } catch {}
  if (meta?.version !== GEN_VERSION || meta?.anchor !== todayAnchor() || meta?.accounts !== n) {
    meta = generate({ accounts: n, out: dir });
    console.log(
      `generated bench/.data/org-${n}: ${fmt(n)} accounts × ${REGIONS.length} regions, ${fmt(meta.counts.instances)} instances, ` +
        `${fmt(meta.counts.volumes)} volumes, ${fmt(meta.files)} files, ${(meta.bytes / 1e6).toFixed(0)} MB in ${sec(meta.ms)}`,
    );
  }
  return { dir, meta };
}

// ---- process-tree memory, sampled ----------------------------------------------------------

function children(pid) {
  const out = [];
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
        if (c) out.push(Number(c));
    } catch {}
  }
  return out;
}

function kib(file, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** RSS and PSS (KiB) summed over `pid` and its descendants, and how many processes. */
function treeMemory(pid) {
  let rss = 0;
  let pss = 0;
  let procs = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    const r = kib(`/proc/${p}/status`, 'VmRSS');
    if (!r) continue;
    rss += r;
    pss += kib(`/proc/${p}/smaps_rollup`, 'Pss');
    procs++;
    todo.push(...children(p));
  }
  return { rss, pss, procs };
}

/** Spawns `cmd args`, samples its process tree's memory every 200 ms; resolves at exit. */
function measured(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env } });
    const peak = { rss: 0, pss: 0, procs: 0 };
    const sample = () => {
      const m = treeMemory(p.pid);
      for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], m[k]);
    };
    const timer = setInterval(sample, 200);
    const stdout = [];
    const stderr = [];
    p.stdout.on('data', (d) => stdout.push(d));
    p.stderr.on('data', (d) => stderr.push(d));
    p.on('error', reject);
    p.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
        peak,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** `account/region/policy` -> its matched ids, sorted and joined, from an org run's OUT. */
function matchedIds(out) {
  const ids = new Map();
  const key = (r) => ID_KEYS.map((k) => r[k]).find((v) => v !== undefined);
  for (const account of readdirSync(out)) {
    for (const region of REGIONS) {
      for (const policy of ORG_POLICIES) {
        const file = join(out, account, region, policy, 'resources.json');
        if (!existsSync(file)) continue;
        ids.set(
          `${account}/${region}/${policy}`,
          JSON.parse(readFileSync(file, 'utf8')).map(key).sort().join(','),
        );
      }
    }
  }
  return ids;
}

// ---- c7n-ts --------------------------------------------------------------------------------

async function c7nTsOnce(dir, out) {
  rmSync(out, { recursive: true, force: true });
  const usageFile = join(tmpdir(), `c7n-ts-bench-org-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const args = [
    ...opts['node-flags'].split(' ').filter(Boolean),
    '--require',
    HOOK,
    CLI,
    'org',
    'run',
    '-c',
    join(dir, 'accounts.yml'),
    '-s',
    out,
  ];
  args.push('--replay', join(dir, 'flight'), '--dryrun', '-o', 'json');
  if (opts.concurrency) args.push('--concurrency', opts.concurrency);
  args.push(join(dir, 'policies.yml'));
  const r = await measured(process.execPath, args, { BENCH_RSS_FILE: usageFile });
  if (r.status !== 0) {
    console.error(r.stderr.slice(-4000));
    throw new Error(`c7n-ts org run exited ${r.status}`);
  }
  const u = JSON.parse(readFileSync(usageFile, 'utf8'));
  rmSync(usageFile, { force: true });
  const summary = JSON.parse(r.stdout);
  const cells = summary.accounts ?? [];
  return {
    ms: r.ms,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    rssMb: u.maxRSS / 1024,
    cells: cells.length,
    failed: cells.filter((c) => c.status !== 'ok').length,
    matched: cells.reduce((s, c) => s + c.policies.reduce((t, p) => t + p.matched, 0), 0),
  };
}

async function c7nTs(n, dir) {
  const runs = [];
  const out = opts.keep ? join(opts.keep, `c7n-ts-${n}`) : mkdtempSync(join(tmpdir(), 'c7n-ts-bench-org-'));
  for (let i = 0; i < RUNS; i++) runs.push(await c7nTsOnce(dir, out));
  runs.sort((a, b) => a.ms - b.ms);
  return { n, out, ...runs[Math.floor(runs.length / 2)], msAll: runs.map((r) => r.ms) };
}

// ---- c7n-org -------------------------------------------------------------------------------

function c7nOrgVersion(python) {
  const r = spawnSync(python, [SHIM, '-', '-', 'version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n').pop() : undefined;
}

async function c7nOrg(n, dir) {
  const out = opts.keep ? join(opts.keep, `c7n-org-${n}`) : mkdtempSync(join(tmpdir(), 'c7n-org-bench-'));
  rmSync(out, { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'c7n-org-bench-scratch-'));
  const usageFile = join(scratch, 'usage.json');
  const replayLog = join(scratch, 'replay.log');
  const args = [SHIM, join(dir, 'flight'), join(dir, 'accounts.yml'), 'run'];
  args.push('-c', join(dir, 'accounts.yml'), '-u', join(dir, 'policies.yml'), '-s', out, '--dryrun');
  // A fresh listing cache per run (c7n-org's default, 15 minutes, lets policies on one type
  // share a listing in an account×region; an old cache would skip listings).
  args.push('--cache-path', scratch);
  const env = { BENCH_RSS_FILE: usageFile, BENCH_REPLAY_LOG: replayLog, HOME: scratch };
  if (opts['c7n-org-workers']) env.C7N_ORG_PARALLEL = opts['c7n-org-workers'];
  const r = await measured(opts.python, args, env);
  const u = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
  const anomalies = existsSync(replayLog) ? readFileSync(replayLog, 'utf8').trim().split('\n') : [];
  rmSync(scratch, { recursive: true, force: true });
  if (!u) {
    console.error(r.stderr.slice(-4000));
    throw new Error(`c7n-org exited ${r.status} without writing its usage`);
  }
  const ran = (r.stderr.match(/c7n_org:INFO Ran account/g) ?? []).length;
  const errors = r.stderr.split('\n').filter((l) => /c7n_org:(ERROR|WARNING)/.test(l));
  return {
    n,
    out,
    status: r.status,
    ms: r.ms,
    cpuMs: (u.userCPUTime + u.systemCPUTime + u.children.userCPUTime + u.children.systemCPUTime) / 1000,
    parentCpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    parentMb: u.maxRSS / 1024,
    childMb: u.children.maxRSS / 1024,
    treeRssMb: r.peak.rss / 1024,
    treePssMb: r.peak.pss / 1024,
    procs: r.peak.procs,
    ran,
    errors,
    anomalies,
  };
}

// ---- report --------------------------------------------------------------------------------

console.log(
  `c7n-ts organisation bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} CPUs, ` +
    `load average ${loadavg()[0].toFixed(1)}; ${RUNS} c7n-ts run(s) per size, median shown)`,
);
const orgs = new Map();
for (const n of [...new Set([...SIZES, ...ORG_SIZES])].sort((a, b) => a - b)) orgs.set(n, ensureOrg(n));

console.log(
  `\n== c7n-ts org run --replay --dryrun: ${ORG_POLICIES.length} policies (EC2, EBS) in each account×region, ` +
    `concurrency ${opts.concurrency ?? '8 (default)'}${opts['node-flags'] ? `, node ${opts['node-flags']}` : ''}`,
);
console.log(
  'accounts   acct×regions   wall      CPU       peak RSS   acct×regions/s   wall ms per acct×region   CPU ms per acct×region   matched',
);
const ts = new Map();
for (const n of SIZES) {
  const { dir } = orgs.get(n);
  const r = await c7nTs(n, dir);
  ts.set(n, r);
  console.log(
    `${fmt(n).padStart(8)}   ${fmt(r.cells).padStart(12)}   ${sec(r.ms).padEnd(8)}  ${sec(r.cpuMs).padEnd(8)}  ${`${fmt(r.rssMb)} MB`.padStart(8)}   ` +
      `${(r.cells / (r.ms / 1000)).toFixed(1).padStart(14)}   ${(r.ms / r.cells).toFixed(1).padStart(23)}   ${(r.cpuMs / r.cells).toFixed(1).padStart(22)}   ${fmt(r.matched).padStart(7)}` +
      `${r.failed ? `   ${r.failed} account×regions FAILED` : ''}${RUNS > 1 ? `   (wall of each run: ${r.msAll.map(sec).join(', ')})` : ''}`,
  );
  if (!ORG_SIZES.includes(n) && !opts.keep) rmSync(r.out, { recursive: true, force: true });
}
if (SIZES.length > 1) {
  const a = ts.get(SIZES[0]);
  const b = ts.get(SIZES.at(-1));
  const x = b.cells / a.cells;
  const rss = b.rssMb / a.rssMb;
  console.log(
    `${fmt(SIZES[0])} -> ${fmt(SIZES.at(-1))} accounts (${x.toFixed(0)}x): peak RSS ${rss.toFixed(2)}x ` +
      `(${rss <= 1.2 ? 'flat: within 20%' : 'NOT flat: over 20%'}), wall ${(b.ms / a.ms).toFixed(2)}x, CPU ${(b.cpuMs / a.cpuMs).toFixed(2)}x ` +
      `(linear = ${x.toFixed(0)}x; per account×region: wall ${(b.ms / b.cells / (a.ms / a.cells)).toFixed(2)}x, CPU ${(b.cpuMs / b.cells / (a.cpuMs / a.cells)).toFixed(2)}x)`,
  );
}

const version = opts['no-c7n-org'] ? undefined : c7nOrgVersion(opts.python);
if (!opts['no-c7n-org'] && !version)
  console.log(
    `\n== c7n-org: not on this machine (${opts.python} cannot import c7n_org and c7n; see bench/README.md), no side-by-side figures`,
  );
if (version) {
  console.log(
    `\n== Side by side with c7n-org (Cloud Custodian ${version}), same flight data, --dryrun, one run per size, ` +
      `${opts['c7n-org-workers'] ?? `${cpus().length * 4} (its default: 4 per CPU)`} worker processes`,
  );
  console.log(
    'c7n-org: wall and CPU of the whole tree (parent + workers); peak RSS of the parent, of the largest worker, and the largest sum over the tree (RSS; PSS counts pages shared after fork once)',
  );
  console.log(
    'accounts   c7n-ts wall / CPU / peak RSS    c7n-org wall / CPU / parent, largest worker, tree RSS (PSS)   faster (wall, CPU)   same matches',
  );
  const org = new Map();
  for (const n of ORG_SIZES) {
    const { dir } = orgs.get(n);
    let t = ts.get(n);
    if (!t) {
      t = await c7nTs(n, dir);
      ts.set(n, t);
    }
    const c = await c7nOrg(n, dir);
    org.set(n, c);
    const mine = matchedIds(t.out);
    const theirs = matchedIds(c.out);
    const keys = [...new Set([...mine.keys(), ...theirs.keys()])];
    const differ = keys.filter((k) => mine.get(k) !== theirs.get(k));
    console.log(
      `${fmt(n).padStart(8)}   ${`${sec(t.ms)} / ${sec(t.cpuMs)} / ${fmt(t.rssMb)} MB`.padEnd(29)}   ` +
        `${`${sec(c.ms)} / ${sec(c.cpuMs)} / ${fmt(c.parentMb)}, ${fmt(c.childMb)}, ${fmt(c.treeRssMb)} (${fmt(c.treePssMb)}) MB`.padEnd(59)}   ` +
        `${`${(c.ms / t.ms).toFixed(1)}x, ${(c.cpuMs / t.cpuMs).toFixed(1)}x`.padStart(18)}   ${keys.length - differ.length}/${keys.length}` +
        `${differ.length ? ` (differ: ${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ', ...' : ''})` : ''}`,
    );
    if (c.status !== 0 || c.errors.length || c.anomalies.length)
      console.log(
        `         c7n-org exit ${c.status}, ${c.ran} policy runs logged, ${c.errors.length} errors/warnings${c.errors.length ? ` (first: ${c.errors[0]})` : ''}, ` +
          `${c.anomalies.length} replay anomalies${c.anomalies.length ? ` (first: ${c.anomalies[0]})` : ''}`,
      );
    if (!opts.keep) {
      rmSync(t.out, { recursive: true, force: true });
      rmSync(c.out, { recursive: true, force: true });
    }
  }
  if (ORG_SIZES.length > 1) {
    const a = org.get(ORG_SIZES[0]);
    const b = org.get(ORG_SIZES.at(-1));
    const x = b.n / a.n;
    console.log(
      `c7n-org ${fmt(a.n)} -> ${fmt(b.n)} accounts (${x.toFixed(0)}x): wall ${(b.ms / a.ms).toFixed(2)}x, CPU ${(b.cpuMs / a.cpuMs).toFixed(2)}x, ` +
        `largest worker ${(b.childMb / a.childMb).toFixed(2)}x, tree RSS ${(b.treeRssMb / a.treeRssMb).toFixed(2)}x, tree PSS ${(b.treePssMb / a.treePssMb).toFixed(2)}x`,
    );
  }
} else {
  for (const t of ts.values()) if (!opts.keep) rmSync(t.out, { recursive: true, force: true });
}
