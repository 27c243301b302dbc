#!/usr/bin/env node
// `npm test`: build, typecheck, lint, then every vitest suite (unit, registry, staleness,
// end-to-end). Ends with a plain "tests: N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

for (const [label, args] of [
  ['build', ['run', 'build']],
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
]) {
  if (run('npm', ['--silent', ...args]) !== 0) {
    console.error(`npm test: ${label} failed`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('.vitest', { recursive: true });
rmSync('.vitest/results.json', { force: true });
const extra = process.argv.slice(2);
const code = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.vitest/results.json',
  ...extra,
]);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync('.vitest/results.json', 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
