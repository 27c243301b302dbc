/**
 * Lazy element sources (issue 17): the CLI's bundle hands the registry each resource folder's
 * elements to load when a type they serve is first looked at. Loaded in any order, the tables
 * are those of the same sources given eagerly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFilter, defineResource } from '../define/index.js';
import type { ElementDecl, ResourceTypeDecl } from '../define/types.js';
import { composeRegistry, type ElementSource, type Registry } from './index.js';

const resource = (type: string, aliases: string[] = []): ResourceTypeDecl =>
  defineResource({
    type,
    provider: 'aws',
    aliases,
    id: 'Id',
    taggable: true,
    fields: ['Id'],
    permissions: [],
    doc: { summary: `Fake ${type}.`, example: `policies:\n  - name: x\n    resource: ${type}` },
    source: {},
  });

const filter = (type: string, resources: ElementDecl['resources'] & (string[] | 'taggable')) =>
  defineFilter({
    type,
    resources,
    options: { type: 'object', additionalProperties: false, properties: {} } as const,
    permissions: [],
    doc: { summary: `Fake ${type}.`, example: `- type: ${type}` },
    compile: () => ({ kind: 'match', match: () => true }),
  });

const types = [resource('aws.a', ['a']), resource('aws.b'), resource('aws.c')];
const shared: ElementSource = {
  origin: 'common',
  elements: [filter('common', 'taggable'), filter('x', 'taggable')],
};
const folders: { origin: string; elements: ElementDecl[] }[] = [
  {
    origin: 'a',
    elements: [filter('a1', ['aws.a']), filter('ab', ['aws.a', 'aws.b']), filter('x', ['aws.a'])],
  },
  { origin: 'b', elements: [filter('b1', ['aws.b']), filter('b-and-a', ['aws.b', 'aws.a'])] },
  { origin: 'c', elements: [filter('c1', ['aws.c'])] },
];

function lazyRegistry(): { registry: Registry; loads: string[] } {
  const loads: string[] = [];
  const sources: ElementSource[] = [
    shared,
    ...folders.map((f) => ({
      origin: f.origin,
      serves: [...new Set(f.elements.flatMap((e) => e.resources as string[]))],
      load: () => {
        loads.push(f.origin);
        return f.elements;
      },
    })),
  ];
  return { registry: composeRegistry({ resources: types, sources }), loads };
}

const tables = (r: Registry, order: readonly string[]) =>
  order.map((t) => [t, [...r.elements('filter', t)].map(([name, { origin }]) => `${name}@${origin}`)]);

describe('Registry: lazy element sources', () => {
  it('loads a source when a type it serves is first looked at, and once', () => {
    const { registry, loads } = lazyRegistry();
    expect(loads).toEqual([]);
    expect(registry.resource('a')?.type).toBe('aws.a');
    expect(loads).toEqual([]);
    expect(registry.filter('aws.c', 'c1')).toBeDefined();
    expect(loads).toEqual(['c']);
    // By an alias: aws.a's sources, a before b, as given.
    expect(registry.filter('a', 'b-and-a')).toBeDefined();
    expect(loads).toEqual(['c', 'a', 'b']);
    registry.elements('filter', 'aws.b');
    expect(loads).toEqual(['c', 'a', 'b']);
  });

  it('keeps a specific element over a shared one of the same name, loaded after it', () => {
    const { registry } = lazyRegistry();
    expect(registry.elements('filter', 'aws.a').get('x')?.origin).toBe('a');
    expect(registry.elements('filter', 'aws.b').get('x')?.origin).toBe('common');
  });

  it('loads every source for typesWith', () => {
    const { registry, loads } = lazyRegistry();
    expect(registry.typesWith('filter', 'ab')).toEqual(['aws.a', 'aws.b']);
    expect([...loads].sort()).toEqual(['a', 'b', 'c']);
  });

  it('gives the tables of the eager registry, whatever type is looked at first', () => {
    const eager = composeRegistry({ resources: types, sources: [shared, ...folders] });
    const all = ['aws.a', 'aws.b', 'aws.c'];
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 3, maxLength: 3 }), (order) => {
        const { registry } = lazyRegistry();
        expect(tables(registry, order)).toEqual(tables(eager, order));
      }),
    );
  });

  it('fails, when loaded, a source with an element beyond the types it serves', () => {
    for (const elements of [[filter('wide', ['aws.a', 'aws.c'])], [filter('everywhere', 'taggable')]]) {
      const registry = composeRegistry({
        resources: types,
        sources: [{ origin: 'bad', serves: ['aws.a'], load: () => elements }],
      });
      expect(() => registry.elements('filter', 'aws.a')).toThrow(/bad: filter \w+ is loaded on first use/);
    }
  });
});
