// Lambda archives of the seed policies: zip size and cold start.
//
//   node bench/lambda.mjs [--runs 5]
//
// For each seed policy (test/e2e/lambda/policies.yml): `c7n-ts package` builds its archive
// (size printed), the archive is unzipped into a temp directory, and a fresh `node` process
// imports the handler and processes one CloudTrail event against replayed flight data, as a
// Lambda cold start does. Timed from spawn to exit, median of --runs; node's own start-up
// (`node -e ''`) is printed alongside, and the handler process's CPU time and peak RSS
// (bench/rss-hook.mjs), steadier than wall time on a busy machine. Figures are printed, never
// asserted.
// Targets: zip < 1 MB, cold start < 300 ms.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { RUNNER_SOURCE } from '../packages/aws/dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CLI = join(root, 'packages/cli/bin/c7n-ts.js');
const CASES = join(root, 'test/e2e/lambda');
const EVENTS = join(root, 'packages/aws/src/lambda/__fixtures__/events');
const HOOK = pathToFileURL(join(here, 'rss-hook.mjs')).href;
const TARGET_KB = 1024;
const TARGET_MS = 300;

const SEEDS = [
  { policy: 'ec2-auto-tag-creator', event: 'ec2-run-instances', flight: 'flight-ec2' },
  { policy: 'ec2-tag-new-instances', event: 'ec2-run-instances', flight: 'flight-ec2' },
  { policy: 'rds-delete-public', event: 'rds-create-db-instance', flight: 'flight-rds-public' },
  { policy: 's3-tag-new-buckets', event: 's3-create-bucket', flight: 'flight-s3' },
];

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(opts.runs));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'within target' : 'OVER target');

function timed(args, options) {
  const t0 = process.hrtime.bigint();
  const p = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, p };
}

export function benchLambda() {
  const work = mkdtempSync(join(tmpdir(), 'c7n-ts-bench-lambda-'));
  const nodeMs = median(Array.from({ length: RUNS }, () => timed(['-e', '']).ms));
  console.log(`node start-up alone (node -e ''): ${nodeMs.toFixed(0)} ms, median of ${RUNS}`);
  console.log(
    'policy                    zip KB   clients              cold start ms   CPU ms   RSS MB   (cold start runs)',
  );
  for (const seed of SEEDS) {
    const dir = join(work, seed.policy);
    const zip = join(dir, 'function.zip');
    const built = timed([CLI, 'package', join(CASES, 'policies.yml'), '-p', seed.policy, '-o', zip], {
      cwd: root,
    });
    if (built.p.status !== 0) throw new Error(`package ${seed.policy} failed: ${built.p.stderr}`);
    const clients = /clients\s+(.*)/.exec(built.p.stdout)?.[1] ?? '?';
    const bytes = readFileSync(zip);
    const fn = join(dir, 'fn');
    for (const [name, content] of Object.entries(unzipSync(bytes))) {
      mkdirSync(dirname(join(fn, name)), { recursive: true });
      writeFileSync(join(fn, name), content);
    }
    writeFileSync(join(fn, 'runner.mjs'), RUNNER_SOURCE);
    const context = JSON.stringify({
      invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:custodian-${seed.policy}`,
      awsRequestId: 'bench',
    });
    const usageFile = join(dir, 'usage.json');
    const env = {
      PATH: process.env.PATH,
      BENCH_RSS_FILE: usageFile,
      AWS_REGION: 'us-east-1',
      C7N_TS_REPLAY: join(CASES, seed.flight),
      C7N_TS_OUTPUT_DIR: join(dir, 'out'),
    };
    const runs = [];
    const cpu = [];
    let rss = 0;
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(fn, 'result.json'), { force: true });
      const r = timed(
        ['--import', HOOK, 'runner.mjs', join(EVENTS, `${seed.event}.json`), 'result.json', context],
        { cwd: fn, env },
      );
      if (r.p.status !== 0) throw new Error(`handler of ${seed.policy} failed: ${r.p.stdout}${r.p.stderr}`);
      const result = JSON.parse(readFileSync(join(fn, 'result.json'), 'utf8'));
      if (result.status !== 'ok') throw new Error(`handler of ${seed.policy}: ${JSON.stringify(result)}`);
      runs.push(r.ms);
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      cpu.push((usage.userCPUTime + usage.systemCPUTime) / 1000);
      rss = Math.max(rss, usage.maxRSS / 1024);
    }
    const kb = bytes.length / 1024;
    const ms = median(runs);
    console.log(
      `${seed.policy.padEnd(25)} ${kb.toFixed(0).padStart(6)}   ${clients.padEnd(20)} ${ms.toFixed(0).padStart(13)}   ${median(cpu).toFixed(0).padStart(6)}   ${rss.toFixed(0).padStart(6)}   (${runs.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(
      `${''.padEnd(25)} zip < ${TARGET_KB} KB: ${verdict(kb < TARGET_KB)}; cold start < ${TARGET_MS} ms: ${verdict(ms < TARGET_MS)}`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchLambda();
