/**
 * No key accepted and then ignored: every key the policy schema allows (policy level, and each
 * filter, action and mode option from the registry) has a row in schema-audit.json saying what
 * c7n-ts does with it, and the row is checked against the code:
 * - implemented: the named test file exists and mentions the key;
 * - documentation: changes no result (description, comment...);
 * - warned: a tiny policy using the key loads with a warning of that messageId at the key;
 * - refused: the same policy is an error "not supported yet" at the key.
 * A new option fails here until it is audited; a removed one fails until its row goes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElementDecl, loadPolicies, policyProperties } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { awsRegistry } from '../packages/aws/src/registry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const registry = awsRegistry();

interface Row {
  /** `policy`, `mode.NAME`, `aws.TYPE.filters.NAME` or, for shared elements, `*.filters.NAME`. */
  element: string;
  key: string;
  status: 'implemented' | 'documentation' | 'warned' | 'refused';
  /** implemented: a test file (unit test or e2e policy.yml) that exercises the key. */
  test?: string;
  /** warned/refused: the diagnostic's message id. */
  messageId?: string;
  /** warned/refused: the element's options (or the mode, or policy keys) that use the key. */
  example?: Record<string, unknown>;
  /** The element whose code and test this one shares (embedded value filter, ingress/egress). */
  via?: string;
  note?: string;
}

const rows: Row[] = JSON.parse(readFileSync(join(root, 'test/schema-audit.json'), 'utf8'));

const keysOf = (decl: ElementDecl) => Object.keys((decl.options as { properties?: object }).properties ?? {});

/** Every (element, key) the schema accepts, named as the table names them. */
function schemaKeys(): Map<string, { rt?: string; kind: 'filter' | 'action' | 'mode' }> {
  const out = new Map<string, { rt?: string; kind: 'filter' | 'action' | 'mode' }>();
  for (const key of Object.keys(policyProperties)) out.set(`policy ${key}`, { kind: 'mode' });
  for (const rt of registry.resources.keys())
    for (const kind of ['filter', 'action'] as const)
      for (const [name, { decl }] of registry.elements(kind, rt)) {
        if (name !== decl.type) continue; // an alias: the same options
        const owner = Array.isArray(decl.resources) ? rt : '*';
        for (const key of keysOf(decl))
          if (!out.has(`${owner}.${kind}s.${decl.type} ${key}`))
            out.set(`${owner}.${kind}s.${decl.type} ${key}`, { rt, kind });
      }
  for (const { decl } of registry.modes.values())
    for (const key of keysOf(decl)) out.set(`mode.${decl.type} ${key}`, { kind: 'mode' });
  return out;
}

const inSchema = schemaKeys();
const id = (r: Row) => `${r.element} ${r.key}`;

describe('schema audit (test/schema-audit.json)', () => {
  it('audits every key the schema accepts', () => {
    const audited = new Set(rows.map(id));
    const missing = [...inSchema.keys()].filter((k) => !audited.has(k));
    expect(missing, 'add a row to test/schema-audit.json for each new option').toEqual([]);
  });

  it('names no key the schema no longer has, and each key once', () => {
    expect(rows.map(id).filter((k) => !inSchema.has(k))).toEqual([]);
    expect(rows.map(id).filter((k, i, all) => all.indexOf(k) !== i)).toEqual([]);
  });

  const word = (key: string) =>
    new RegExp(`(^|[^A-Za-z0-9_-])${key.replace(/[-]/g, '\\-')}([^A-Za-z0-9_-]|$)`);

  for (const row of rows.filter((r) => r.status === 'implemented'))
    it(`${id(row)}: ${row.test} exercises it`, () => {
      expect(row.test, 'an implemented key names its test').toBeTruthy();
      const path = join(root, row.test!);
      expect(existsSync(path), `${row.test} does not exist`).toBe(true);
      expect(word(row.key).test(readFileSync(path, 'utf8')), `${row.test} does not mention ${row.key}`).toBe(
        true,
      );
    });

  for (const row of rows.filter((r) => r.status === 'warned' || r.status === 'refused'))
    it(`${id(row)}: ${row.status} (${row.messageId})`, () => {
      expect(row.example, 'a warned or refused row carries an example').toBeTruthy();
      const { diagnostics } = loadPolicies(
        [{ path: 'audit.yml', text: stringify({ policies: [policyOf(row)] }) }],
        registry,
      );
      const severity = row.status === 'warned' ? 'warning' : 'error';
      const hit = diagnostics.find(
        (d) => d.messageId === row.messageId && d.severity === severity && d.path?.includes(row.key),
      );
      expect(hit, JSON.stringify(diagnostics)).toBeTruthy();
      if (row.status === 'refused') expect(hit!.message).toMatch(/not supported (by c7n-ts )?yet/);
      else expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

  // An embedded value filter's key is implemented (and tested) by the value filter itself.
  const valueProps = (registry.filter('aws.ec2', 'value')!.options as { properties: Record<string, unknown> })
    .properties;
  for (const row of rows.filter((r) => r.via === '*.filters.value'))
    it(`${id(row)}: is the value filter's own option`, () => {
      const where = inSchema.get(id(row))!;
      const decl = registry.filter(where.rt!, row.element.split('.').at(-1)!)!;
      const props = (decl.options as { properties: Record<string, unknown> }).properties;
      expect(props[row.key]).toEqual(valueProps[row.key]);
    });

  for (const row of rows.filter((r) => r.status === 'documentation'))
    it(`${id(row)}: documentation only, with no example to run`, () => {
      expect(row.test ?? row.messageId ?? row.example).toBeUndefined();
    });
});

/** A one-policy document that uses the row's key, on a resource type the element applies to. */
function policyOf(row: Row): Record<string, unknown> {
  const base = { name: 'audit', resource: 'aws.ec2' };
  if (row.element === 'policy') return { ...base, ...row.example };
  if (row.element.startsWith('mode.')) {
    // A mode made for one type (asg-instance-state) is tried on that type.
    const only = registry.mode(row.element.slice('mode.'.length))?.resources;
    return { ...base, ...(Array.isArray(only) && only[0] && { resource: only[0] }), mode: row.example };
  }
  const where = inSchema.get(id(row));
  const section = where?.kind === 'action' ? 'actions' : 'filters';
  return { ...base, resource: where?.rt ?? 'aws.ec2', [section]: [row.example] };
}
