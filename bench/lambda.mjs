// Lambda archives: zip size and cold start, of the seed policies and of the periodic benchmark
// policy, the latter beside Cloud Custodian's function for the same policy where the machine
// has Cloud Custodian.
//
//   node bench/lambda.mjs [--runs 5] [--python python3] [--no-custodian]
//
// For each seed policy (test/e2e/lambda/policies.yml) and the periodic benchmark policy
// (bench/lambda-periodic/policy.yml): `c7n-ts package` builds its archive (size printed), the
// archive is unzipped into a temp directory, and a fresh `node` process imports the handler and
// processes one event (CloudTrail for the seeds, EventBridge's scheduled event for the periodic
// policy) against replayed flight data, as a Lambda cold start does. Timed from spawn to exit,
// median of --runs; node's own start-up (`node -e ''`) is printed alongside, and the handler
// process's CPU time and peak RSS (bench/rss-hook.cjs), steadier than wall time on a busy
// machine. Figures are printed, never asserted.
// Targets: zip < 1 MB, cold start < 300 ms; the periodic policy (issue 17): zip at most 300 KB,
// cold start at most half of Cloud Custodian's.
//
// Cloud Custodian (bench/custodian.mjs, --python, default $C7N_PYTHON or python3): its archive
// of the periodic policy is built by c7n.mu (as `custodian deploy` builds it), unzipped, and a
// fresh python process imports its handler module and runs the same scheduled event against the
// same flight data (bench/custodian-replay.py --lambda), timed the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { RUNNER_SOURCE, scheduledEvent } from '../packages/aws/dist/index.js';
import { custodianVersion, defaultPython, packageCustodian, runCustodianLambda } from './custodian.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CLI = join(root, 'packages/cli/bin/c7n-ts.js');
const CASES = join(root, 'test/e2e/lambda');
const EVENTS = join(root, 'packages/aws/src/lambda/__fixtures__/events');
const PERIODIC_DIR = join(here, 'lambda-periodic');
const HOOK = join(here, 'rss-hook.cjs');
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const TARGET_KB = 1024;
const TARGET_MS = 300;
const PERIODIC_TARGET_KB = 300;
const PERIODIC_TARGET_RATIO = 0.5;

const SEEDS = [
  { policy: 'ec2-auto-tag-creator', event: 'ec2-run-instances', flight: 'flight-ec2' },
  { policy: 'ec2-tag-new-instances', event: 'ec2-run-instances', flight: 'flight-ec2' },
  { policy: 'rds-delete-public', event: 'rds-create-db-instance', flight: 'flight-rds-public' },
  { policy: 's3-tag-new-buckets', event: 's3-create-bucket', flight: 'flight-s3' },
].map((s) => ({
  ...s,
  file: join(CASES, 'policies.yml'),
  event: join(EVENTS, `${s.event}.json`),
  flight: join(CASES, s.flight),
}));
const PERIODIC = {
  policy: 'ec2-missing-owner-daily',
  file: join(PERIODIC_DIR, 'policy.yml'),
  flight: join(PERIODIC_DIR, 'flight'),
  periodic: true,
};

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    python: { type: 'string', default: defaultPython() },
    'no-custodian': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'within target' : 'OVER target');

function timed(command, args, options) {
  const t0 = process.hrtime.bigint();
  const p = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, p };
}

function unzipTo(bytes, dir) {
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Instance ids (or whatever each resource is named by) of OUT/POLICY/resources.json, sorted. */
function matched(out, policy) {
  const file = join(out, policy, 'resources.json');
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8'))
    .map((r) => r.InstanceId ?? r.DBInstanceIdentifier ?? r.Name)
    .sort();
}

/** Package `seed` with c7n-ts, then time RUNS cold starts of its handler. */
function c7nTsColdStart(seed, work) {
  const dir = join(work, seed.policy);
  const zip = join(dir, 'function.zip');
  const built = timed(process.execPath, [CLI, 'package', seed.file, '-p', seed.policy, '-o', zip], {
    cwd: root,
  });
  if (built.p.status !== 0) throw new Error(`package ${seed.policy} failed: ${built.p.stderr}`);
  const clients = /clients\s+(.*)/.exec(built.p.stdout)?.[1] ?? '?';
  const bytes = readFileSync(zip);
  const fn = join(dir, 'fn');
  unzipTo(bytes, fn);
  writeFileSync(join(fn, 'runner.mjs'), RUNNER_SOURCE);
  const name = `custodian-${seed.policy}`;
  const context = JSON.stringify({
    invokedFunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
    awsRequestId: 'bench',
  });
  const usageFile = join(dir, 'usage.json');
  const out = join(dir, 'out');
  const env = {
    PATH: process.env.PATH,
    BENCH_RSS_FILE: usageFile,
    AWS_REGION: REGION,
    C7N_TS_REPLAY: seed.flight,
    C7N_TS_OUTPUT_DIR: out,
  };
  const runs = [];
  const cpu = [];
  let rss = 0;
  let result;
  for (let i = 0; i < RUNS; i++) {
    rmSync(join(fn, 'result.json'), { force: true });
    rmSync(out, { recursive: true, force: true });
    const r = timed(process.execPath, ['--require', HOOK, 'runner.mjs', seed.event, 'result.json', context], {
      cwd: fn,
      env,
    });
    if (r.p.status !== 0) throw new Error(`handler of ${seed.policy} failed: ${r.p.stdout}${r.p.stderr}`);
    result = JSON.parse(readFileSync(join(fn, 'result.json'), 'utf8'));
    if (result.status !== 'ok') throw new Error(`handler of ${seed.policy}: ${JSON.stringify(result)}`);
    runs.push(r.ms);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    cpu.push((usage.userCPUTime + usage.systemCPUTime) / 1000);
    rss = Math.max(rss, usage.maxRSS / 1024);
  }
  // The calls of the last run, as the handler logs them under replay.
  const calls = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8'));
  const unanswered = calls.filter((c) => c.errorCode === 'MissingFlightFile').length;
  return {
    kb: bytes.length / 1024,
    clients,
    ms: median(runs),
    runs,
    cpuMs: median(cpu),
    rssMb: rss,
    result,
    served: calls.length - unanswered,
    unanswered,
    ids: matched(out, seed.policy),
  };
}

function printRow(label, r) {
  console.log(
    `${label.padEnd(34)} ${r.kb.toFixed(0).padStart(6)}   ${r.clients.padEnd(20)} ${r.ms.toFixed(0).padStart(13)}   ${r.cpuMs.toFixed(0).padStart(6)}   ${r.rssMb.toFixed(0).padStart(6)}   (${r.runs.map((x) => x.toFixed(0)).join(', ')})`,
  );
}

/** Cloud Custodian's function for PERIODIC: archive size and RUNS cold starts, from .py or .pyc. */
function custodianColdStart(python, work, eventFile) {
  const dir = join(work, 'custodian');
  mkdirSync(dir, { recursive: true });
  const zip = join(dir, 'function.zip');
  const bytes = packageCustodian(python, PERIODIC.file, PERIODIC.policy, zip);
  const measure = (taskRoot) => {
    const out = join(dir, 'out');
    const runs = [];
    const cpu = [];
    let rss = 0;
    let last;
    for (let i = 0; i < RUNS; i++) {
      rmSync(out, { recursive: true, force: true });
      last = runCustodianLambda(python, {
        flight: PERIODIC.flight,
        taskRoot,
        event: eventFile,
        out,
        functionName: `custodian-${PERIODIC.policy}`,
        region: REGION,
      });
      if (last.status !== 0)
        throw new Error(
          `Cloud Custodian's handler failed: ${last.stdout.slice(-2000)}${last.stderr.slice(-2000)}`,
        );
      runs.push(last.ms);
      cpu.push(last.cpuMs);
      rss = Math.max(rss, last.rssMb);
    }
    const counts = /custodian-replay: (\d+) calls, (\d+) unanswered(.*)/.exec(last.stderr);
    return {
      ms: median(runs),
      runs,
      cpuMs: median(cpu),
      rssMb: rss,
      served: counts ? Number(counts[1]) - Number(counts[2]) : Number.NaN,
      unanswered: counts ? Number(counts[2]) : Number.NaN,
      missing: counts?.[3].trim() ?? '',
      returned: /handler returned (.*)/.exec(last.stderr)?.[1] ?? '?',
      ids: matched(out, PERIODIC.policy),
    };
  };
  // As in Lambda: the archive holds .py files only, and /var/task is read-only, so each cold
  // start compiles c7n's modules (PYTHONDONTWRITEBYTECODE: nothing is cached between runs here).
  const sourceRoot = join(dir, 'fn-py');
  unzipTo(readFileSync(zip), sourceRoot);
  const source = measure(sourceRoot);
  // Its floor: the same archive with every module compiled beforehand (not what c7n deploys).
  const compiledRoot = join(dir, 'fn-pyc');
  unzipTo(readFileSync(zip), compiledRoot);
  const c = spawnSync(python, ['-m', 'compileall', '-q', compiledRoot], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(`compileall failed: ${c.stderr}`);
  const compiled = measure(compiledRoot);
  return { kb: bytes / 1024, source, compiled };
}

export function benchLambda() {
  const work = mkdtempSync(join(tmpdir(), 'c7n-ts-bench-lambda-'));
  // In the handlers' environment (below: PATH and the function's variables, no
  // NODE_EXTRA_CA_CERTS a workstation may set), as in Lambda.
  const nodeEnv = { PATH: process.env.PATH };
  const nodeMs = median(
    Array.from({ length: RUNS }, () => timed(process.execPath, ['-e', ''], { env: nodeEnv }).ms),
  );
  console.log(`node start-up alone (node -e ''): ${nodeMs.toFixed(0)} ms, median of ${RUNS}`);
  console.log(
    'policy                             zip KB   clients              cold start ms   CPU ms   RSS MB   (cold start runs)',
  );
  for (const seed of SEEDS) {
    const r = c7nTsColdStart(seed, work);
    printRow(seed.policy, r);
    console.log(
      `${''.padEnd(34)} zip < ${TARGET_KB} KB: ${verdict(r.kb < TARGET_KB)}; cold start < ${TARGET_MS} ms: ${verdict(r.ms < TARGET_MS)}`,
    );
  }

  const eventFile = join(work, 'scheduled-event.json');
  writeFileSync(
    eventFile,
    JSON.stringify(scheduledEvent(`custodian-${PERIODIC.policy}`, REGION, ACCOUNT), null, 2),
  );
  const p = c7nTsColdStart({ ...PERIODIC, event: eventFile }, work);
  printRow(`${PERIODIC.policy} (periodic)`, p);
  console.log(
    `${''.padEnd(34)} zip <= ${PERIODIC_TARGET_KB} KB: ${verdict(p.kb <= PERIODIC_TARGET_KB)}; cold start < ${TARGET_MS} ms: ${verdict(p.ms < TARGET_MS)}; ` +
      `replay: ${p.served} calls served, ${p.unanswered} unanswered; matched ${p.result.matched} of ${p.result.fetched}`,
  );

  const version = opts['no-custodian'] ? undefined : custodianVersion(opts.python);
  if (!version) {
    if (!opts['no-custodian'])
      console.log(
        `\nCloud Custodian: not on this machine (${opts.python} cannot import c7n; see bench/README.md), no side-by-side cold start`,
      );
    rmSync(work, { recursive: true, force: true });
    return;
  }
  // The interpreter itself, not a launcher in front of it (a pyenv shim is a shell script that
  // costs more than python's own start-up): node is timed as process.execPath too.
  const python =
    spawnSync(opts.python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() ||
    opts.python;
  const pyMs = median(Array.from({ length: RUNS }, () => timed(python, ['-c', '']).ms));
  const c = custodianColdStart(python, work, eventFile);
  console.log(
    `\n== The periodic policy (bench/lambda-periodic/) beside Cloud Custodian ${version}: same policy, scheduled event and flight data, median of ${RUNS}`,
  );
  console.log(`python start-up alone (${python} -c ''): ${pyMs.toFixed(0)} ms`);
  console.log(
    'function                                zip KB   cold start ms   CPU ms   RSS MB   calls served / unanswered   matched   (cold start runs)',
  );
  const row = (label, kb, r) =>
    console.log(
      `${label.padEnd(38)} ${kb.padStart(7)}   ${r.ms.toFixed(0).padStart(13)}   ${r.cpuMs.toFixed(0).padStart(6)}   ${r.rssMb.toFixed(0).padStart(6)}   ${`${r.served} / ${r.unanswered}`.padStart(25)}   ${String(r.ids.length).padStart(7)}   (${r.runs.map((x) => x.toFixed(0)).join(', ')})`,
    );
  row('c7n-ts', p.kb.toFixed(0), p);
  row('Cloud Custodian (.py, as deployed)', c.kb.toFixed(0), c.source);
  row('Cloud Custodian (.pyc compiled first)', `(${c.kb.toFixed(0)})`, c.compiled);
  const ratio = p.ms / c.source.ms;
  console.log(
    `cold start, c7n-ts / Cloud Custodian: ${ratio.toFixed(2)} of its wall time (target at most ${PERIODIC_TARGET_RATIO}: ${verdict(ratio <= PERIODIC_TARGET_RATIO)}), ` +
      `${(p.cpuMs / c.source.cpuMs).toFixed(2)} of its CPU; against its .pyc floor ${(p.ms / c.compiled.ms).toFixed(2)} (wall), ${(p.cpuMs / c.compiled.cpuMs).toFixed(2)} (CPU)`,
  );
  console.log(
    `archive, c7n-ts / Cloud Custodian: ${p.kb.toFixed(0)} KB / ${c.kb.toFixed(0)} KB = ${(p.kb / c.kb).toFixed(2)}`,
  );
  const same = [c.source, c.compiled].every((r) => r.ids.join(',') === p.ids.join(','));
  // A side that served no data, or matched something else, measured something else.
  if (!same || p.unanswered || c.source.unanswered || c.compiled.unanswered || !p.ids.length)
    process.exitCode = 1;
  console.log(
    `same matches: ${same ? 'yes' : 'NO'} (c7n-ts ${p.ids.join(', ') || 'none'}; Cloud Custodian ${c.source.ids.join(', ') || 'none'}); ` +
      `Cloud Custodian's handler returned ${c.source.returned}${c.source.missing ? `; unanswered ${c.source.missing}` : ''}`,
  );
  for (const line of [
    'Both: spawn of a fresh process to its exit: interpreter start-up, import of the handler and its dependencies, loading the policy,',
    "  the replayed API calls, the action, writing the output files. Neither: the Lambda service's own init (sandbox, runtime bootstrap,",
    '  fetching and unpacking the archive) nor network latency.',
    "c7n-ts: one esbuild bundle with its SDK clients, in the zip; the account id from the function's ARN; calls DescribeInstances,",
    '  CreateTags; writes resources.json, metadata.json, custodian-run.log, and flight-log.json (replay only).',
    'Cloud Custodian: its zip holds the c7n package (.py), config.json and custodian_policy.py, not boto3/botocore, which the python',
    '  runtime provides (not counted in its size); only they, the standard library and the archive are importable (no yaml, jsonschema,',
    '  aws_xray_sdk), as in Lambda; its handler asks STS for the account id (config.json has none), then DescribeInstances, CreateTags;',
    '  writes resources.json, metadata.json, custodian-run.log under the output dir (/tmp in Lambda; here a temp dir).',
    "  '.py, as deployed': modules compiled at each start, as in Lambda (archive without .pyc, read-only /var/task); '.pyc': the floor.",
  ])
    console.log(line);
  rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchLambda();
