/** Fuzzing the loader: whatever the input, it never throws and every error has a place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { testRegistry } from '../testing/test-registry.js';
import { loadPolicies } from './load.js';

const registry = testRegistry();

const VALID = {
  policies: [
    {
      name: 'old-instances',
      resource: 'aws.ec2',
      description: 'stop old instances',
      'max-resources': { amount: 5 },
      conditions: [{ type: 'value', key: 'region', value: 'us-east-1' }],
      filters: [
        { 'tag:Owner': 'absent' },
        { type: 'instance-age', days: 30, op: 'greater-than' },
        { or: [{ 'State.Name': 'running' }, { type: 'value', key: 'InstanceType', value: 't2.micro' }] },
      ],
      actions: ['stop', { type: 'mark-for-op', op: 'stop', days: 4 }, { type: 'tag', key: 'a', value: 'b' }],
      mode: { type: 'periodic', schedule: 'rate(1 day)' },
    },
  ],
};

type Seg = string | number;

function allPaths(v: unknown, prefix: Seg[] = []): Seg[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...prefix, i], ...allPaths(x, [...prefix, i])]);
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...allPaths(x, [...prefix, k])]);
  return [];
}

function parentOf(root: unknown, path: Seg[]): Record<string | number, unknown> {
  let cur = root as Record<string | number, unknown>;
  for (const s of path.slice(0, -1)) cur = cur[s] as Record<string | number, unknown>;
  return cur;
}

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'rename'; pick: number; at: number; ch: string }
  | { op: 'retype'; pick: number; value: unknown };

function mutate(input: unknown, m: Mutation): unknown {
  const doc = structuredClone(input);
  const paths = allPaths(doc);
  if (paths.length === 0) return doc;
  const path = paths[m.pick % paths.length]!;
  const parent = parentOf(doc, path);
  const last = path[path.length - 1]!;
  if (m.op === 'retype') parent[last] = m.value;
  else if (Array.isArray(parent)) {
    if (m.op === 'delete') parent.splice(Number(last), 1);
    else if (typeof parent[Number(last)] === 'string') {
      const s = parent[Number(last)] as string;
      parent[Number(last)] = s.slice(0, m.at % (s.length + 1)) + m.ch + s.slice((m.at % (s.length + 1)) + 1);
    }
  } else {
    const entries = Object.entries(parent);
    const k = String(last);
    const renamed =
      m.op === 'rename'
        ? k.slice(0, m.at % (k.length + 1)) + m.ch + k.slice((m.at % (k.length + 1)) + 1)
        : undefined;
    // Rebuild the mapping so a renamed key keeps its place (and its YAML position).
    for (const [key] of entries) delete parent[key];
    for (const [key, val] of entries) {
      if (key !== k) parent[key] = val;
      else if (renamed !== undefined) parent[renamed] = val;
    }
  }
  return doc;
}

function assertLocated(text: string, expectPolicies: number): void {
  let result: ReturnType<typeof loadPolicies> | undefined;
  expect(() => {
    result = loadPolicies([{ path: 'f.yml', text }], registry);
  }).not.toThrow();
  const { policies, diagnostics } = result!;
  const errors = diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  expect(diagnostics.filter((d) => d.messageId === 'internal-error')).toEqual([]);
  for (const d of errors) {
    expect(d.line, JSON.stringify(d)).toBeGreaterThan(0);
    expect(d.col).toBeGreaterThan(0);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (policies.length < expectPolicies) expect(errors.length, text).toBeGreaterThan(0);
}

const typedValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('rename' as const),
    pick: fc.nat(),
    at: fc.nat(),
    ch: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), value: typedValue }),
);

describe('loadPolicies never throws and always locates errors', () => {
  it('the unmutated policy loads', () => {
    const r = loadPolicies([{ path: 'f.yml', text: stringify(VALID) }], registry);
    expect(r.diagnostics).toEqual([]);
    expect(r.policies).toHaveLength(1);
  });

  it('mutations of a valid policy (delete, rename by one character, change type)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const doc = ms.reduce<unknown>(mutate, VALID) as { policies?: unknown };
        // Deleting the policy itself leaves a valid, empty list.
        const expected = Array.isArray(doc?.policies) ? doc.policies.length : 1;
        assertLocated(stringify(doc), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('garbage text inserted anywhere', () => {
    const base = stringify(VALID);
    fc.assert(
      fc.property(fc.nat(base.length), fc.string({ minLength: 1, maxLength: 12 }), (at, junk) => {
        assertLocated(base.slice(0, at) + junk + base.slice(at), 1);
      }),
      { numRuns: 300 },
    );
  });

  it('random YAML-ish documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        assertLocated(stringify(v), 0);
        assertLocated(stringify({ policies: [v] }), 0);
        assertLocated(
          stringify({ policies: [{ name: 'x', resource: 'ec2', filters: [v], actions: [v] }] }),
          0,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => assertLocated(s, 0)),
      { numRuns: 300 },
    );
  });
});
