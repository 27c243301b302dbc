/**
 * Loads policy files: parse (keeping positions), validate the policy shape, dispatch each
 * filter/action/mode to its declaration, run semantic checks, and report every problem as a
 * located Diagnostic. Never throws for bad input; a thrown error is a bug and is reported as
 * `internal-error`.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { sourcesOf } from '../define/index.js';
import type { ResourceTypeDecl } from '../define/types.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { isValidTimeZone, parseDate } from '../filters/value/dates.js';
import type { Registry } from '../registry/index.js';
import { explainMissingType } from '../registry/missing.js';
import { sharedAjv } from './ajv.js';
import { validateList, validateMode } from './elements.js';
import { explainAjvErrors, kindOf, type PathProblem } from './explain.js';
import { interpolatePolicy, runtimeVariables } from './interpolate.js';
import { FILE_KEYS, policySchema } from './policy-schema.js';
import { precompiledPolicyShape } from './policy-shape.js';
import { readQuery } from './query.js';
import { type ParsedFile, type Path, type Position, parseFile, positionOf } from './yaml-doc.js';

export interface PolicyFile {
  path: string;
  text: string;
}

export interface LoadOptions {
  /** Warnings become errors (and so keep their policies from loading). */
  strict?: boolean;
  /** User variables, substituted before validation; runtime variables stay for the engine. */
  vars?: Record<string, string>;
  /** Extra template directories (`--template-dir`) for elements that check templates (notify). */
  templateDirs?: readonly string[];
  /** `--debug`: an internal error carries its stack trace. */
  debug?: boolean;
}

/** Points back into the policy's file, for runtime errors found later. */
export interface PolicyNodes {
  /** Position of a path inside the policy, e.g. `['filters', 2, 'value']`. */
  locate(path: Path, at?: 'key' | 'value'): Position;
}

export interface LoadedPolicy {
  name: string;
  /** Full type name, `aws.ec2`, even when the policy wrote `ec2`. */
  resourceType: string;
  /** The validated policy with defaults applied; string shorthand elements become `{type}`. */
  data: Record<string, unknown>;
  file: string;
  /** Directory of the file, for relative `value_from` urls and templates. */
  baseDir: string;
  /** Index in the file's `policies` list. */
  index: number;
  location: Position;
  nodes?: PolicyNodes;
}

export interface LoadResult {
  /** Policies with no error diagnostics. */
  policies: LoadedPolicy[];
  diagnostics: Diagnostic[];
}

type Loaded = LoadedPolicy & { diags: Diagnostic[] };

let validatePolicyShape: ValidateFunction | undefined;

export function loadPolicies(
  files: readonly PolicyFile[] | readonly string[],
  registry: Registry,
  options: LoadOptions = {},
): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const loaded: Loaded[] = [];
  for (const f of files) {
    const file = typeof f === 'string' ? readFile(f, diagnostics) : f;
    if (!file) continue;
    try {
      loadFile(file, registry, options, diagnostics, loaded);
    } catch (e) {
      diagnostics.push({
        severity: 'error',
        messageId: 'internal-error',
        file: file.path,
        line: 0,
        col: 0,
        message: `internal error while loading (a bug in c7n-ts, please report it): ${
          e instanceof Error
            ? options.debug
              ? (e.stack ?? e.message)
              : `${e.message} (re-run with --debug for the stack trace)`
            : String(e)
        }`,
      });
    }
  }
  checkDuplicates(loaded);
  const all = [...diagnostics, ...loaded.flatMap((p) => p.diags)].map((d) =>
    options.strict && d.severity === 'warning' ? { ...d, severity: 'error' as const } : d,
  );
  const order = new Map(files.map((f, i) => [typeof f === 'string' ? f : f.path, i]));
  all.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
  // A file-level error (unknown top-level key, ...) keeps the whole file from loading.
  const badFiles = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const policies = loaded
    .filter((p) => !badFiles.has(p.file))
    .filter((p) => !p.diags.some((d) => d.severity === 'error' || options.strict))
    .map(({ diags: _d, ...p }) => p);
  return { policies, diagnostics: all };
}

function readFile(path: string, diagnostics: Diagnostic[]): PolicyFile | undefined {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    diagnostics.push({
      severity: 'error',
      messageId: 'file-unreadable',
      file: path,
      line: 0,
      col: 0,
      message: `cannot read file: ${(e as Error).message}`,
    });
    return undefined;
  }
}

function diag(parsed: ParsedFile, p: PathProblem, policy?: string): Diagnostic {
  const at = p.at === 'mapping' ? 'mapping' : p.at;
  return {
    severity: p.severity ?? 'error',
    messageId: p.messageId,
    file: parsed.file,
    ...positionOf(parsed, p.path, at),
    ...(policy ? { policy } : {}),
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    path: p.path,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function loadFile(
  file: PolicyFile,
  registry: Registry,
  options: LoadOptions,
  diagnostics: Diagnostic[],
  loaded: Loaded[],
): void {
  const parsed = parseFile(file.path, file.text);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return;
  const report = (p: PathProblem) => diagnostics.push(diag(parsed, p));
  const top = parsed.data;
  if (!isRecord(top)) {
    report({
      messageId: 'invalid-file',
      message:
        top === null || top === undefined
          ? 'the file is empty; expected a mapping with a "policies" list'
          : `the file must be a mapping with a "policies" list, not ${kindOf(top)}`,
      path: [],
      at: 'value',
    });
    return;
  }
  let suggestedPolicies = false;
  for (const k of Object.keys(top)) {
    if (FILE_KEYS.includes(k)) continue;
    // `policy:` is too far from `policies` for the edit-distance rule, yet the usual slip.
    const s =
      didYouMean(k, FILE_KEYS) ?? (!('policies' in top) && /^polic/i.test(k) ? 'policies' : undefined);
    if (s === 'policies') suggestedPolicies = true;
    report({
      messageId: 'unknown-key',
      message: `unknown key "${k}" at the top of the file${s ? `; did you mean "${s}"?` : '; expected "policies" (and optionally "vars")'}`,
      path: [k],
      at: 'key',
    });
  }
  if (top.vars !== undefined && !isRecord(top.vars))
    report({
      messageId: 'wrong-type',
      message: `"vars" must be a mapping, not ${kindOf(top.vars)}`,
      path: ['vars'],
      at: 'value',
    });
  if (!('policies' in top)) {
    if (!suggestedPolicies)
      report({
        messageId: 'missing-key',
        message: 'missing required key "policies" in the file',
        path: [],
        at: 'mapping',
      });
    return;
  }
  if (!Array.isArray(top.policies)) {
    report({
      messageId: 'wrong-type',
      message: `"policies" must be a list, not ${kindOf(top.policies)}`,
      path: ['policies'],
      at: 'value',
    });
    return;
  }
  top.policies.forEach((raw, index) => {
    const path = ['policies', index];
    if (!isRecord(raw)) {
      report({
        messageId: 'wrong-type',
        message: `a policy must be a mapping, not ${kindOf(raw)}`,
        path,
        at: 'value',
      });
      return;
    }
    loaded.push(loadPolicy(parsed, raw, index, registry, options));
  });
}

function loadPolicy(
  parsed: ParsedFile,
  raw: Record<string, unknown>,
  index: number,
  registry: Registry,
  options: LoadOptions,
): Loaded {
  const base: Path = ['policies', index];
  const name = typeof raw.name === 'string' ? raw.name : undefined;
  const diags: Diagnostic[] = [];
  const report = (p: PathProblem) => diags.push(diag(parsed, p, name));
  const rel = (r: Path) => ({ path: [...base, ...r] });

  let data = structuredClone(raw);
  if (options.vars && Object.keys(options.vars).length > 0)
    data = interpolatePolicy(data, runtimeVariables({ vars: options.vars }));

  validatePolicyShape ??= precompiledPolicyShape ?? sharedAjv().compile(policySchema);
  const validate = validatePolicyShape;
  if (!validate(data))
    for (const p of explainAjvErrors(validate.errors ?? [], { where: '', toDoc: rel })) report(p);

  let rt: ReturnType<Registry['resource']>;
  if (typeof data.resource === 'string') {
    rt = registry.resource(data.resource);
    if (!rt) {
      report({
        ...explainMissingType(registry, data.resource),
        path: [...base, 'resource'],
        at: 'value',
      });
    }
  }
  if (rt && typeof data.source === 'string') checkSource(rt, data.source, [...base, 'source'], report);
  if (rt && data.query !== undefined) checkQuery(rt, data, [...base, 'query'], report);
  checkWindow(data, base, report);
  const ctx = {
    registry,
    rt,
    policyName: name ?? `#${index + 1}`,
    baseDir: dirname(parsed.file),
    ...(options.templateDirs?.length ? { templateDirs: options.templateDirs } : {}),
    // As in c7n, any `mode` key counts as one for the event filter; a bad one is reported apart.
    ...(data.mode !== undefined ? { mode: isRecord(data.mode) ? String(data.mode.type ?? '') : '' } : {}),
    policy: { ...data },
    report: (p: PathProblem) => report(p),
  };
  if (Array.isArray(data.filters))
    data.filters = validateList(data.filters, [...base, 'filters'], 'filters', ctx);
  if (Array.isArray(data.actions))
    data.actions = validateList(data.actions, [...base, 'actions'], 'actions', ctx);
  if (Array.isArray(data.conditions))
    data.conditions = validateList(data.conditions, [...base, 'conditions'], 'conditions', ctx);
  if (isRecord(data.mode)) data.mode = validateMode(data.mode, [...base, 'mode'], ctx);
  else if (data.mode === undefined && registry.mode('pull')) {
    // Cloud Custodian's default; validated so the pull mode's own defaults apply too.
    const mode = validateMode({ type: 'pull' }, base, ctx);
    data = { ...data, mode };
  }

  return {
    name: name ?? '',
    resourceType: rt?.type ?? String(data.resource ?? ''),
    data,
    file: parsed.file,
    baseDir: dirname(parsed.file),
    index,
    location: positionOf(parsed, base, 'mapping'),
    nodes: {
      locate: (path: Path, at: 'key' | 'value' = 'value') => positionOf(parsed, [...base, ...path], at),
    },
    diags,
  };
}

/** A `source:` the type does not have would list from somewhere else than the user asked. */
function checkSource(
  rt: ResourceTypeDecl,
  source: string,
  path: Path,
  report: (p: PathProblem) => void,
): void {
  const sources = sourcesOf(rt);
  if (sources.includes(source)) return;
  const s = didYouMean(source, sources);
  report({
    messageId: 'unsupported-source',
    message: `resource type ${rt.type} has no source "${source}"${s ? `; did you mean "${s}"?` : ''} (its sources: ${sources.join(', ')})`,
    path,
    at: 'value',
  });
}

/**
 * `query:` as Cloud Custodian reads it for the type: its errors fail the policy, a block the
 * type does not read is a warning. With `source: config`, only `expr` and `clause` entries count.
 */
function checkQuery(
  rt: ResourceTypeDecl,
  data: Record<string, unknown>,
  path: Path,
  report: (p: PathProblem) => void,
): void {
  if (data.source === 'config') {
    if (!Array.isArray(data.query)) return;
    data.query.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      for (const key of Object.keys(entry))
        if (key !== 'expr' && key !== 'clause')
          report({
            messageId: 'query-ignored',
            message: `query key "${key}" has no effect with source: config (only expr and clause entries are read)`,
            path: [...path, i, key],
            at: 'key',
            severity: 'warning',
          });
    });
    return;
  }
  for (const p of readQuery(rt.query, data.query, rt.type).problems) {
    const last = p.path[p.path.length - 1];
    report({
      messageId: p.severity === 'error' ? 'invalid-query' : 'query-ignored',
      message: p.message,
      path: [...path, ...p.path],
      at: typeof last === 'string' ? 'key' : p.path.length ? 'mapping' : 'key',
      severity: p.severity,
    });
  }
}

/**
 * `start`/`end` (Cloud Custodian's deprecated validity window, still honoured: the policy runs
 * only between them) must be dates, and `tz` a time zone, as c7n's validate_policy_start_stop.
 */
function checkWindow(data: Record<string, unknown>, base: Path, report: (p: PathProblem) => void): void {
  for (const key of ['start', 'end'] as const) {
    const v = data[key];
    if (typeof v === 'string' && !parseDate(v))
      report({
        messageId: 'invalid-date',
        message: `${key} "${v}" is not a date (e.g. 2026-12-24 or 2026-12-24T18:00:00Z)`,
        path: [...base, key],
        at: 'value',
      });
  }
  if (typeof data.tz === 'string' && !isValidTimeZone(data.tz))
    report({
      messageId: 'invalid-tz',
      message: `tz "${data.tz}" is not a time zone (e.g. UTC, America/New_York)`,
      path: [...base, 'tz'],
      at: 'value',
    });
}

/** Names are unique across every file of a run: outputs and Lambda functions are named by them. */
function checkDuplicates(loaded: Loaded[]): void {
  const byName = new Map<string, Loaded[]>();
  for (const p of loaded) if (p.name) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const p of group) {
      const others = group
        .filter((o) => o !== p)
        .map((o) => `${o.file}:${o.location.line}:${o.location.col}`)
        .join(', ');
      const at = p.nodes!.locate(['name']);
      p.diags.push({
        severity: 'error',
        messageId: 'duplicate-policy',
        file: p.file,
        ...at,
        policy: name,
        message: `duplicate policy name "${name}"; also defined at ${others}`,
        path: ['policies', p.index, 'name'],
      });
    }
  }
}
