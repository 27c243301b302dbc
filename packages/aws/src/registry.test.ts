/**
 * Walks the whole registry: what STYLE.md promises of every declaration, checked once here
 * instead of in each element's own test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElementDecl, loadPolicies } from '@c7n-ts/core';
import { exampleOptions, problemsOf } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { awsRegistry } from './registry.js';
import { awsResources } from './resources/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const registry = awsRegistry();

/** Declaration files of a folder: not tests, not `_helpers`, not index files. */
function declarationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

function everyElement(): { decl: ElementDecl; origin: string; rt?: string }[] {
  const out: { decl: ElementDecl; origin: string; rt?: string }[] = [];
  const seen = new Set<ElementDecl>();
  for (const rt of registry.resources.keys())
    for (const kind of ['filter', 'action'] as const)
      for (const reg of registry.elements(kind, rt).values())
        if (!seen.has(reg.decl)) {
          seen.add(reg.decl);
          out.push({ ...reg, rt });
        }
  for (const reg of registry.modes.values()) out.push(reg);
  return out;
}

describe('registry', () => {
  const resourcesDir = join(here, 'resources');
  const folders = readdirSync(resourcesDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && !d.name.startsWith('_'),
  );

  it('has a resource folder for every aws resource type and no other', () => {
    expect(folders.map((f) => `aws.${f.name}`).sort()).toEqual([...registry.resources.keys()].sort());
  });

  it('declares the same types, as the same objects, as the declarations-only list', () => {
    // resources/index.ts (what a Lambda bundle declares of the other types) and
    // runtime-registry.ts (every folder with its elements) list the types apart, for bundling.
    expect(awsResources.map((r) => r.type)).toEqual([...registry.resources.keys()].sort());
    for (const r of awsResources) expect(registry.resource(r.type)).toBe(r);
  });

  for (const folder of folders) {
    const type = `aws.${folder.name}`;
    for (const [kind, sub] of [
      ['filter', 'filters'],
      ['action', 'actions'],
    ] as const) {
      it(`${type}: every ${kind} file is registered under its file name, with a test beside it`, () => {
        const dir = join(resourcesDir, folder.name, sub);
        const files = declarationFiles(dir);
        const own = [...registry.elements(kind, type).values()]
          .filter((r) => r.origin === `aws/resources/${folder.name}`)
          .map((r) => r.decl.type);
        expect([...new Set(own)].sort()).toEqual(files);
        for (const f of files)
          expect(existsSync(join(dir, `${f}.test.ts`)), `${sub}/${f}.test.ts`).toBe(true);
      });
    }
    it(`${type}: its example policy loads without errors`, () => {
      const rt = registry.resource(type)!;
      expect(rt.fields.length).toBeGreaterThan(0);
      // A resource's example is one policy; a file holds a list of them.
      const text = stringify({ policies: [parse(rt.doc.example)] });
      const { diagnostics } = loadPolicies([{ path: `${type}.example.yml`, text }], registry);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  for (const { decl, origin, rt } of everyElement()) {
    describe(`${decl.kind} ${decl.type} (${origin})`, () => {
      it('has a strict options schema with a description on every property', () => {
        const s = decl.options as { type?: string; additionalProperties?: unknown; properties?: object };
        expect(s.type).toBe('object');
        expect(s.additionalProperties).toBe(false);
        for (const [name, p] of Object.entries(s.properties ?? {}))
          expect((p as { description?: string }).description, `${name} has no description`).toBeTruthy();
      });
      it('declares its permissions and a doc whose example validates', () => {
        expect(Array.isArray(decl.permissions) || typeof decl.permissions === 'function').toBe(true);
        expect(decl.doc.summary.length).toBeGreaterThan(10);
        // The example must fit at least one resource type the element applies to.
        const types = rt
          ? registry.typesWith(decl.kind as 'filter' | 'action', decl.type)
          : [...registry.resources.keys()];
        for (const opts of exampleOptions(decl)) {
          const results = types.map((t) =>
            problemsOf(decl, opts, { resourceType: registry.resource(t)!, registry }).filter(
              (p) => p.severity !== 'warning',
            ),
          );
          expect(
            results.some((r) => r.length === 0),
            JSON.stringify(results[0]),
          ).toBe(true);
        }
      });
    });
  }
});
