/**
 * Issue 14's bar for every resource type: an end-to-end case lists it (its fetch on flight data),
 * and each action a type declares for itself has a case that runs it and a `--dryrun` case that
 * runs it with no mutating call. Actions every type shares (tag, notify, webhook...) are one
 * implementation each, covered by their own cases and tests, and are not counted per type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { awsRegistry } from '../../packages/aws/src/registry.js';
import { root } from './harness.js';

const registry = awsRegistry();
const casesDir = join(root, 'test', 'e2e', 'cases');

interface Use {
  listed: boolean;
  ran: Set<string>;
  dry: Set<string>;
}

const uses = new Map<string, Use>();
const useOf = (type: string) => {
  const u = uses.get(type) ?? { listed: false, ran: new Set<string>(), dry: new Set<string>() };
  uses.set(type, u);
  return u;
};

for (const dir of readdirSync(casesDir)) {
  const file = join(casesDir, dir, 'policy.yml');
  const expectFile = join(casesDir, dir, 'expect.json');
  if (!existsSync(file) || !existsSync(expectFile)) continue;
  const want = JSON.parse(readFileSync(expectFile, 'utf8')) as {
    args?: string[];
    exit?: number;
    noMutatingCalls?: boolean;
  };
  if (want.exit === 2) continue; // an invalid policy proves nothing about a fetch or an action
  const dry = (want.args ?? []).includes('--dryrun') && want.noMutatingCalls === true;
  let doc: { policies?: { resource?: string; actions?: unknown[] }[] } | undefined;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch {
    continue;
  }
  for (const p of doc?.policies ?? []) {
    const type = registry.resolveType(String(p.resource ?? ''));
    if (!type) continue;
    const u = useOf(type);
    u.listed = true;
    for (const a of p.actions ?? []) {
      const name = typeof a === 'string' ? a : String((a as { type?: unknown }).type);
      (dry ? u.dry : u.ran).add(name);
    }
  }
}

describe('every type has an e2e case, and each of its own actions a run and a --dryrun case', () => {
  it.each([...registry.resources.keys()].sort())('%s', (type) => {
    const u = useOf(type);
    const own = [...registry.elements('action', type)]
      .filter(([, r]) => r.origin !== 'aws/common')
      .map(([name]) => name)
      .sort();
    expect({
      listed: u.listed,
      withoutRun: own.filter((a) => !u.ran.has(a)),
      withoutDryrun: own.filter((a) => !u.dry.has(a)),
    }).toEqual({
      listed: true,
      withoutRun: [],
      withoutDryrun: [],
    });
  });
});
