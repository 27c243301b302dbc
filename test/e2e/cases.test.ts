/**
 * Every case under test/e2e/cases/ run through the built CLI against its flight data. A case
 * is data (policy.yml, flight/, expect.json); see harness.ts for what expect.json can say.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMutating, root, runCase } from './harness.js';
import { describeUncovered } from './permission-coverage.js';

const casesDir = join(root, 'test', 'e2e', 'cases');
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.concurrent('e2e cases (built CLI on flight data)', () => {
  it.each(cases)('%s', async (name) => {
    const run = await runCase(join(casesDir, name));
    const want = run.expect;
    const context = `${want.description}\nstdout:\n${run.result.stdout}\nstderr:\n${run.result.stderr}`;
    expect(run.result.code, context).toBe(want.exit);
    for (const [policy, ids] of Object.entries(want.resources ?? {}))
      expect([...(run.ids(policy) ?? ['<no resources.json>'])].sort(), `${policy}: ${context}`).toEqual(
        [...ids].sort(),
      );
    const calls = run.log.map((c) => `${c.service}.${c.operation}`);
    if (want.calls) expect(calls, context).toEqual(want.calls);
    let from = 0;
    for (const inc of want.callsInclude ?? []) {
      const i = run.log.findIndex(
        (c, n) =>
          n >= from &&
          c.operation === inc.operation &&
          (inc.ok === undefined || c.ok === inc.ok) &&
          (inc.errorCode === undefined || c.errorCode === inc.errorCode) &&
          (inc.input === undefined || matchesPartially(c.input, inc.input)),
      );
      expect(
        i,
        `no ${inc.operation} call like ${JSON.stringify(inc)} after call #${from}; calls: ${calls}`,
      ).toBeGreaterThanOrEqual(0);
      from = i + 1;
    }
    if (want.noMutatingCalls)
      expect(
        // The operation is after the last dot: ECR's endpoint prefix is `api.ecr`.
        calls.filter((c) => isMutating(c.slice(c.lastIndexOf('.') + 1))),
        context,
      ).toEqual([]);
    for (const f of want.files ?? []) expect(existsSync(join(run.out, f)), `${f} missing`).toBe(true);
    for (const [f, lines] of Object.entries(want.fileIncludes ?? {})) {
      const path = join(run.out, f);
      const text = existsSync(path) ? readFileSync(path, 'utf8') : `<${f} missing>`;
      for (const line of lines) expect(text, `${f}`).toContain(line);
    }
    for (const s of want.stdoutIncludes ?? []) expect(run.result.stdout).toContain(s);
    for (const s of want.stderrIncludes ?? []) expect(run.result.stderr).toContain(s);
    // Each call is one the permissions of the policies name (their IAM role, their Lambda archive's clients).
    expect(describeUncovered(run.uncovered), `${name}: calls no permission names`).toBe('');
    for (const [policy, actions] of Object.entries(want.outcomes ?? {})) {
      const meta = run.metadata(policy);
      for (const [type, counts] of Object.entries(actions)) {
        const a = (meta?.actions as { type: string; results: { ok: boolean }[] }[] | undefined)?.find(
          (x) => x.type === type,
        );
        const ok = a?.results.filter((r) => r.ok).length ?? 0;
        expect({ ok, failed: (a?.results.length ?? 0) - ok }, `${policy} ${type}`).toEqual(counts);
      }
    }
  });
});

function matchesPartially(actual: unknown, wanted: unknown): boolean {
  if (wanted === null || typeof wanted !== 'object') return actual === wanted;
  if (Array.isArray(wanted))
    return (
      Array.isArray(actual) &&
      wanted.length === actual.length &&
      wanted.every((w, i) => matchesPartially(actual[i], w))
    );
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(wanted).every(([k, v]) =>
    matchesPartially((actual as Record<string, unknown>)[k], v),
  );
}
