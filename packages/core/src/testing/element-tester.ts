/**
 * Table-driven tests for one declaration, in the style of ESLint's RuleTester: which
 * resources a filter matches and which it does not, which options are invalid (with the
 * message id and path), what calls an action plans, and that the doc example validates.
 * Used beside each declaration: `testFilter(decl, {...})` inside a test file.
 */

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type {
  ActionContext,
  ActionDecl,
  ElementDecl,
  EvalContext,
  FilterDecl,
  ModeDecl,
  PlannedCall,
  Problem,
  Resource,
  ResourceTypeDecl,
} from '../define/types.js';
import { compileFilters } from '../filters/compile.js';
import { coreFilters } from '../filters/index.js';
import { optionsValidator } from '../policy/ajv.js';
import { composeRegistry, type Registry } from '../registry/index.js';

export interface InvalidCase {
  options: Record<string, unknown>;
  /** Expected message id from `check`, or `schema` for a schema violation. */
  messageId: string;
  /** Expected path (relative to the element) of the first problem with that id. */
  path?: readonly (string | number)[];
}

interface Common {
  /** The resource type the element is tested on. */
  resourceType: ResourceTypeDecl;
  /** Other declarations the element needs in the registry (core filters are always there). */
  with?: readonly ElementDecl[];
  valid?: readonly Record<string, unknown>[];
  invalid?: readonly InvalidCase[];
  /** Fixed clock for the cases (ms). */
  now?: number;
  /** Extra evaluation context (provider for filters that call APIs, an event, ...). */
  context?: Partial<EvalContext>;
  /** A whole registry to check against (the registry test), instead of a minimal one. */
  registry?: Registry;
}

export interface FilterCase<R> {
  name?: string;
  options: Record<string, unknown>;
  resources: R[];
  /** Ids (by the resource type's id field) expected to match, in order. */
  matches: string[];
}

export interface FilterTable<R> extends Common {
  cases?: readonly FilterCase<R>[];
}

export interface ActionCase<R> {
  name?: string;
  options: Record<string, unknown>;
  resources: R[];
  /** Expected calls; each is compared with `toMatchObject`, so list only what matters. */
  calls: Partial<PlannedCall>[];
}

export interface ActionTable<R> extends Omit<Common, 'context'> {
  cases?: readonly ActionCase<R>[];
  /** Extra action context: a provider-backed `read` for actions that look before they plan. */
  context?: Partial<ActionContext>;
}

function registryFor(decl: ElementDecl, table: Common): Registry {
  if (table.registry) return table.registry;
  const elements = [...coreFilters.filter((f) => f.type !== decl.type), decl, ...(table.with ?? [])];
  return composeRegistry({ resources: [table.resourceType], sources: [{ origin: 'test', elements }] });
}

/** Schema problems (as `schema`) followed by the declaration's own check problems. */
export function problemsOf(decl: ElementDecl, options: Record<string, unknown>, table: Common): Problem[] {
  const opts = structuredClone(options);
  const validate = optionsValidator(decl);
  if (!validate(opts)) {
    return (validate.errors ?? []).map((e) => ({
      messageId: 'schema',
      message: `${e.instancePath || '/'} ${e.message ?? ''}`,
      path: e.instancePath.split('/').slice(1),
    }));
  }
  const ctx = { resourceType: table.resourceType, policyName: 'test', registry: registryFor(decl, table) };
  return decl.check?.(opts, ctx) ?? [];
}

function commonCases(decl: ElementDecl, table: Common): void {
  it('has a doc summary and an example that validates', () => {
    expect(decl.doc.summary.length).toBeGreaterThan(10);
    for (const opts of exampleOptions(decl))
      expect(problemsOf(decl, opts, table).filter(isError)).toEqual([]);
  });
  for (const [i, opts] of (table.valid ?? []).entries()) {
    it(`accepts valid options #${i + 1}: ${JSON.stringify(opts)}`, () => {
      expect(problemsOf(decl, opts, table).filter(isError)).toEqual([]);
    });
  }
  for (const c of table.invalid ?? []) {
    it(`rejects ${JSON.stringify(c.options)} with ${c.messageId}`, () => {
      const problems = problemsOf(decl, c.options, table);
      const hit = problems.find((p) => p.messageId === c.messageId);
      expect(hit, `problems: ${JSON.stringify(problems)}`).toBeDefined();
      if (c.path) expect(hit?.path ?? []).toEqual(c.path);
    });
  }
}

const isError = (p: Problem) => p.severity !== 'warning';

/** Options of every item of the doc example that names this element. */
export function exampleOptions(decl: ElementDecl): Record<string, unknown>[] {
  const doc = parse(decl.doc.example) as unknown;
  const items: unknown[] = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && 'mode' in doc
      ? [(doc as { mode: unknown }).mode]
      : [doc];
  const out: Record<string, unknown>[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item === decl.type) out.push({});
    else if (item && typeof item === 'object' && (item as { type?: unknown }).type === decl.type) {
      const { type: _t, ...opts } = item as Record<string, unknown>;
      out.push(opts);
    }
  }
  if (out.length === 0) throw new Error(`doc example of ${decl.type} has no item of type ${decl.type}`);
  return out;
}

export function testFilter<R extends Resource = Resource>(
  decl: FilterDecl<any, any>,
  table: FilterTable<R>,
): void {
  describe(`filter ${decl.type}`, () => {
    commonCases(decl, table);
    for (const c of table.cases ?? []) {
      it(c.name ?? `matches ${JSON.stringify(c.matches)} with ${JSON.stringify(c.options)}`, async () => {
        const registry = registryFor(decl, table);
        const compiled = compileFilters([{ type: decl.type, ...c.options }], {
          resourceType: table.resourceType,
          policyName: 'test',
          registry,
        });
        const ctx: EvalContext = { now: table.now ?? Date.now(), ...table.context };
        const out = await compiled.evaluate(structuredClone(c.resources), ctx);
        expect(out.map((r) => String((r as Resource)[table.resourceType.id]))).toEqual(c.matches);
      });
    }
  });
}

export function testAction<R extends Resource = Resource>(
  decl: ActionDecl<any, any>,
  table: ActionTable<R>,
): void {
  describe(`action ${decl.type}`, () => {
    commonCases(decl, table);
    for (const c of table.cases ?? []) {
      it(c.name ?? `plans ${c.calls.length} call(s) for ${JSON.stringify(c.options)}`, async () => {
        const opts = structuredClone(c.options);
        optionsValidator(decl)(opts); // applies schema defaults, as the loader does
        const calls = await decl.plan(structuredClone(c.resources), opts, {
          now: table.now ?? Date.now(),
          region: 'us-east-1',
          accountId: '123456789012',
          ...table.context,
          resourceType: table.resourceType,
          policyName: 'test',
          dryrun: false,
          policy: { name: 'test', resource: table.resourceType.type },
          ...(table.context?.policy && { policy: table.context.policy }),
          ...(table.context?.event !== undefined && { event: table.context.event }),
        });
        expect(calls).toHaveLength(c.calls.length);
        for (const [i, expected] of c.calls.entries()) expect(calls[i]).toMatchObject(expected);
      });
    }
  });
}

export function testMode(decl: ModeDecl<any>, table: Common): void {
  describe(`mode ${decl.type}`, () => commonCases(decl, table));
}
