/**
 * Cloud Custodian's own documented policies must load unchanged (test/fixtures/c7n-docs/),
 * and the careless variants in invalid/ must be reported at the offending key or value.
 * INVENTORY.md in the fixture folder lists the elements these files need.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsRegistry } from '@c7n-ts/aws';
import { type Diagnostic, formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';

interface Expected {
  line: number;
  col: number;
  messageId: string;
  severity: 'error' | 'warning';
  messageIncludes?: string;
}

const dir = fileURLToPath(new URL('./fixtures/c7n-docs/', import.meta.url));
const invalidDir = join(dir, 'invalid');
const ymls = (d: string) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.yml'))
    .sort();

// One file per call: the docs reuse policy names across pages (ec2-tag-compliance-mark).
function load(path: string) {
  return loadPolicies([{ path, text: readFileSync(path, 'utf8') }], awsRegistry(), {});
}

/**
 * Fixtures that need what is not built yet. Each must fail only with errors whose message
 * contains one of `because`; when one loads, this test fails and the entry must go.
 */
const PENDING: Record<string, { because: string[]; why: string }> = {};

function expectOnlyPending(file: string, diagnostics: Diagnostic[]) {
  const { because } = PENDING[file]!;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const other = errors.filter((d) => !because.some((b) => d.message.includes(b)));
  const expected = file.startsWith('invalid/') ? 1 : 0; // the careless variant's own error
  expect(other.length, other.map(formatDiagnostic).join('\n')).toBeLessThanOrEqual(expected);
  expect(errors.length - other.length, `${file} loads now: remove it from PENDING`).toBeGreaterThan(0);
}

const matches = (e: Expected, d: Diagnostic) =>
  d.line === e.line &&
  d.col === e.col &&
  d.messageId === e.messageId &&
  d.severity === e.severity &&
  (e.messageIncludes === undefined || d.message.includes(e.messageIncludes));

describe('Cloud Custodian documentation policies load unchanged', () => {
  it.each(ymls(dir))('%s', (file) => {
    const { policies, diagnostics } = load(join(dir, file));
    if (PENDING[file]) return expectOnlyPending(file, diagnostics);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(policies.length).toBeGreaterThan(0);
  });
});

describe('careless variants are reported at the offending key or value', () => {
  it.each(ymls(invalidDir))('%s', (file) => {
    const expectedPath = join(invalidDir, file.replace(/\.yml$/, '.expected.json'));
    expect(existsSync(expectedPath), `${file} needs a sibling .expected.json`).toBe(true);
    const expected: Expected[] = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const { diagnostics } = load(join(invalidDir, file));
    if (PENDING[`invalid/${file}`]) return expectOnlyPending(`invalid/${file}`, diagnostics);
    const reported = diagnostics.map(formatDiagnostic).join('\n');

    expect(
      expected.filter((e) => !diagnostics.some((d) => matches(e, d))),
      `reported instead:\n${reported}`,
    ).toEqual([]);
    // One root cause, one kind of error: a typo must not also surface as, say, a schema
    // error on its parent. Several errors of an expected id (a YAML cascade) are tolerated.
    const ids = new Set(expected.map((e) => e.messageId));
    expect(
      diagnostics.filter((d) => d.severity === 'error' && !ids.has(d.messageId)).map(formatDiagnostic),
    ).toEqual([]);
  });
});
