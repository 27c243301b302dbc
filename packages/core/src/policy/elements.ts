/**
 * Validates the filters, actions, conditions and mode of one policy: each item is dispatched
 * by its type to its declaration's options schema, then to the declaration's own `check`.
 */
import { appliesTo } from '../define/index.js';
import type { CompileContext, ElementDecl, ModeDecl, Problem, ResourceTypeDecl } from '../define/types.js';
import type { Registry } from '../registry/index.js';
import { explainMissingElement, explainMissingMode } from '../registry/missing.js';
import { optionsValidator } from './ajv.js';
import { explainAjvErrors, kindOf, type PathProblem } from './explain.js';
import { checkConditionKey, checkValueKey } from './fields.js';
import { classify, type ElementItem } from './items.js';
import type { Path } from './yaml-doc.js';

export interface ElementsContext {
  registry: Registry;
  /** Undefined when the resource type is unknown: filters and actions are then not checked. */
  rt: ResourceTypeDecl | undefined;
  policyName: string;
  baseDir?: string;
  /** Extra template directories (`--template-dir`), searched before `baseDir`. */
  templateDirs?: readonly string[];
  /** The policy's `mode.type` as written; undefined when the policy has no `mode` key. */
  mode?: string;
  /** The policy as written, handed to `check` (see `CompileContext.policy`). */
  policy?: Readonly<Record<string, unknown>>;
  report(p: PathProblem): void;
}

type Section = 'filters' | 'actions' | 'conditions';
export type Kind = 'filter' | 'action';

/** Elements allowed in `conditions`: they see {region, account_id, now, policy}, not a resource. */
const CONDITION_FILTERS = ['event', 'value'];

function compileCtx(ctx: ElementsContext, rt: ResourceTypeDecl): CompileContext {
  return {
    resourceType: rt,
    policyName: ctx.policyName,
    registry: ctx.registry,
    ...(ctx.baseDir ? { baseDir: ctx.baseDir } : {}),
    ...(ctx.templateDirs?.length ? { templateDirs: ctx.templateDirs } : {}),
    ...(ctx.policy ? { policy: ctx.policy } : {}),
  };
}

/** Validates a filters/actions/conditions list; returns it with option defaults applied. */
export function validateList(list: unknown[], path: Path, section: Section, ctx: ElementsContext): unknown[] {
  const kind: Kind = section === 'actions' ? 'action' : 'filter';
  return list.map((item, i) => validateItem(item, [...path, i], kind, section, ctx));
}

function validateItem(
  item: unknown,
  path: Path,
  kind: Kind,
  section: Section,
  ctx: ElementsContext,
): unknown {
  const c = classify(item, path, kind);
  if (c.kind === 'invalid') {
    ctx.report(c.problem);
    return item;
  }
  if (c.kind === 'block') {
    return { [c.op]: validateList(c.items, [...path, c.op], section, ctx) };
  }
  const shape = c.item;
  const rt = ctx.rt;
  if (!rt) return item;
  const typePath = shape.form === 'mapping' ? [...path, 'type'] : path;
  const table = ctx.registry.elements(kind, rt.type);
  const decl = table.get(shape.type)?.decl;
  if (section === 'conditions' && !CONDITION_FILTERS.includes(shape.type)) {
    ctx.report({
      messageId: 'invalid-condition',
      message: `filter "${shape.type}" cannot be used in conditions; use "value" or "event" filters (or and/or/not blocks)`,
      path: typePath,
      at: 'value',
    });
    return item;
  }
  if (!decl) {
    ctx.report(unknownElement(kind, shape, typePath, rt, ctx.registry));
    return item;
  }
  const opts = structuredClone(shape.opts);
  const ok = checkOptions(decl, opts, path, shape, ctx, rt);
  if (decl.deprecated)
    ctx.report({
      messageId: 'deprecated',
      severity: 'warning',
      message: `${kind} "${shape.type}" is deprecated since ${decl.deprecated.since}: ${decl.deprecated.message}`,
      ...(decl.deprecated.replacement ? { hint: `use "${decl.deprecated.replacement}"` } : {}),
      path: typePath,
      at: 'value',
    });
  if (ok && decl.type === 'event' && kind === 'filter') checkEventMode(typePath, ctx);
  if (ok && decl.type === 'value') {
    if (section === 'filters') checkValueKey(opts, path, shape.form, rt, ctx.report);
    else if (section === 'conditions') checkConditionKey(opts, path, shape.form, ctx.report);
  }
  if (shape.form === 'value-shorthand') return item;
  return { type: shape.type, ...opts };
}

/**
 * Cloud Custodian rejects an `event` filter in a policy without `mode` (there is no event in a
 * pull run). It accepts one under any mode, though only event modes hand it an event: under
 * `periodic` it passes every resource, which we say as a warning.
 */
function checkEventMode(path: Path, ctx: ElementsContext): void {
  if (ctx.mode === undefined) {
    ctx.report({
      messageId: 'event-filter-needs-event-mode',
      message:
        'filter "event" needs an event mode such as cloudtrail; without "mode" the policy runs in pull mode, which has no event',
      path,
      at: 'value',
    });
    return;
  }
  const decl = ctx.registry.mode(ctx.mode);
  if (!decl || decl.eventDriven) return;
  ctx.report({
    messageId: 'event-filter-needs-event-mode',
    severity: 'warning',
    message: `filter "event" has no event to read in mode "${ctx.mode}"; every resource passes it`,
    hint: 'use an event mode such as cloudtrail',
    path,
    at: 'value',
  });
}

/** Schema then `check`; false when the schema failed (check is not run on malformed options). */
function checkOptions(
  decl: ElementDecl,
  opts: Record<string, unknown>,
  path: Path,
  shape: ElementItem,
  ctx: ElementsContext,
  rt: ResourceTypeDecl | undefined,
): boolean {
  const where = `${decl.kind} "${shape.type}"`;
  const toDoc = (rel: Path): { path: Path; at?: PathProblem['at'] } => {
    if (shape.form === 'string') return { path, at: 'value' };
    if (shape.form === 'value-shorthand') {
      const k = String(shape.opts.key);
      if (rel[0] === 'key') return { path: [...path, k], at: 'key' };
      if (rel[0] === 'value') return { path: [...path, k, ...rel.slice(1)] };
      return { path, at: 'mapping' };
    }
    return { path: [...path, ...rel] };
  };
  let validate: ReturnType<typeof optionsValidator>;
  try {
    validate = optionsValidator(decl);
  } catch (e) {
    ctx.report({
      messageId: 'internal-error',
      message: `the options schema of ${where} does not compile (a bug in its declaration): ${(e as Error).message}`,
      path,
      at: 'value',
    });
    return false;
  }
  if (!validate(opts)) {
    for (const p of explainAjvErrors(validate.errors ?? [], { where, toDoc })) ctx.report(p);
    return false;
  }
  if (!decl.check || !rt) return true;
  let problems: Problem[];
  try {
    problems = decl.check(opts, compileCtx(ctx, rt));
  } catch (e) {
    ctx.report({
      messageId: 'internal-error',
      message: `checking ${where} failed (a bug in its declaration): ${(e as Error).message}`,
      path,
      at: 'value',
    });
    return false;
  }
  for (const p of problems) {
    // Every element path starts with the policy's own: ['policies', i].
    const d = p.policyPath ? { path: [...path.slice(0, 2), ...p.policyPath] } : toDoc(p.path ?? []);
    ctx.report({
      messageId: p.messageId,
      message: p.message,
      path: d.path,
      at: d.at === 'mapping' ? 'mapping' : (p.at ?? d.at ?? 'value'),
      ...(p.hint ? { hint: p.hint } : {}),
      ...(p.severity ? { severity: p.severity } : {}),
    });
  }
  return !problems.some((p) => (p.severity ?? 'error') === 'error');
}

function unknownElement(
  kind: Kind,
  shape: ElementItem,
  path: Path,
  rt: ResourceTypeDecl,
  registry: Registry,
): PathProblem {
  const shorthand =
    shape.form === 'value-shorthand' ? ' (a one-key mapping is the value filter shorthand)' : '';
  return { ...explainMissingElement(registry, kind, rt.type, shape.type, shorthand), path, at: 'value' };
}

/** Validates `mode`; returns it with defaults applied. */
export function validateMode(
  mode: Record<string, unknown>,
  path: Path,
  ctx: ElementsContext,
): Record<string, unknown> {
  if (!('type' in mode)) {
    ctx.report({
      messageId: 'missing-key',
      message: 'missing required key "type" in mode',
      path,
      at: 'mapping',
    });
    return mode;
  }
  if (typeof mode.type !== 'string') {
    ctx.report({
      messageId: 'wrong-type',
      message: `"type" of a mode must be a string, not ${kindOf(mode.type)}`,
      path: [...path, 'type'],
      at: 'value',
    });
    return mode;
  }
  const name = mode.type;
  const decl: ModeDecl<any> | undefined = ctx.registry.mode(name);
  if (!decl) {
    ctx.report({
      ...explainMissingMode(ctx.registry, name),
      path: [...path, 'type'],
      at: 'value',
    });
    return mode;
  }
  const rt = ctx.rt;
  if (rt && !appliesTo(decl.resources, rt)) {
    ctx.report({
      messageId: 'mode-not-available',
      message: `mode "${name}" is not available for ${rt.type}`,
      path: [...path, 'type'],
      at: 'value',
    });
    return mode;
  }
  const { type: _t, ...rest } = mode;
  const opts = structuredClone(rest);
  const shape: ElementItem = { type: name, form: 'mapping', opts: rest };
  checkOptions(decl, opts, path, shape, ctx, rt);
  return { type: name, ...opts };
}
