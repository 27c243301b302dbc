/**
 * A tiny registry for tests of the filter engine: one fake resource type, `test.thing`, with
 * the core filters and one action (so marked-for-op can check its op).
 */
import { defineAction, defineResource } from '../define/index.js';
import type { CompileContext, EvalContext, Resource } from '../define/types.js';
import { coreFilters } from '../filters/index.js';
import { composeRegistry } from '../registry/index.js';

export const thing = defineResource({
  type: 'test.thing',
  provider: 'test',
  aliases: ['thing'],
  id: 'Id',
  taggable: true,
  fields: ['Id', 'Name', 'Tags', 'State', 'LaunchTime'],
  permissions: [],
  doc: { summary: 'A fake resource for engine tests.', example: 'resource: test.thing' },
  source: {},
});

const stop = defineAction({
  type: 'stop',
  resources: ['test.thing'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: { summary: 'Pretend to stop.', example: '- stop' },
  plan: () => [],
});

export const registry = composeRegistry({
  resources: [thing],
  sources: [{ origin: 'core', elements: [...coreFilters, stop] }],
});

export const compileCtx: CompileContext = { resourceType: thing, policyName: 'test-policy', registry };

/** 2024-01-31T00:00:00Z: every test runs at this instant. */
export const NOW = Date.UTC(2024, 0, 31);
export const DAY = 86_400_000;

export function evalCtx(extra: Partial<EvalContext> = {}): EvalContext {
  return { now: NOW, ...extra };
}

export function daysAgo(n: number): Date {
  return new Date(NOW - n * DAY);
}

/** Ids of the resources a filter list keeps. */
export async function ids(filters: unknown[], resources: Resource[], extra: Partial<EvalContext> = {}) {
  const { compileFilters } = await import('../filters/compile.js');
  const out = await compileFilters(filters, compileCtx).evaluate(resources, evalCtx(extra));
  return out.map((r) => r.Id);
}
