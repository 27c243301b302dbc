/**
 * `value_from`: values read from a file or URL, as c7n's ValuesFrom. The format comes from
 * `format` or the url's extension; lists become sets (so `in`, `intersect` and `difference`
 * work and `eq` against a list does not, as in c7n). Results are cached per run.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dataObject, parseJsonData } from '../../data/json.js';
import type { EvalContext, Problem } from '../../define/types.js';
import { assertInside, localPathOf, OUTSIDE_REASONS, outsideReason } from '../../policy/local-path.js';
import { jmespathSearch } from './jmespath.js';
import { PySet } from './py.js';

export const VALUE_FROM_FORMATS = ['csv', 'json', 'txt', 'csv2dict'] as const;

export interface ValueFromOptions {
  url: string;
  format?: string;
  expr?: string | number;
  headers?: Record<string, string>;
}

export const valueFromSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  description: 'Read the comparison values from a file or URL instead of `value`.',
  properties: {
    url: {
      type: 'string',
      description:
        'Path relative to the policy file (inside its folder; also as file://), s3:// or another URL the provider can read; {account_id} and {region} are substituted.',
    },
    format: {
      enum: VALUE_FROM_FORMATS,
      description: 'Content format; inferred from the url extension when omitted.',
    },
    expr: {
      type: ['string', 'integer'],
      description: 'JMESPath selecting values (json, csv, csv2dict), or a column index (csv).',
    },
    headers: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'HTTP headers sent with an http(s) url (e.g. an API token), as in Cloud Custodian.',
    },
  },
} as const;

/** The format for a url, or undefined when none is given and the extension is unknown. */
export function inferFormat(opts: ValueFromOptions): string | undefined {
  if (opts.format) return opts.format;
  const path = opts.url.split(/[?#]/)[0] ?? '';
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1) : '';
  return (VALUE_FROM_FORMATS as readonly string[]).includes(ext) ? ext : undefined;
}

/** c7n formats url and expr with account_id and region; unknown placeholders stay as written. */
function interpolate(s: string, ctx: EvalContext): string {
  const vars: Record<string, string | undefined> = { account_id: ctx.accountId, region: ctx.region };
  return s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Load values for a run. The cache is keyed by the run's `readSource` (or the context when
 * there is none), so every filter of a run reading the same url shares one read.
 */
export function loadValues(
  opts: ValueFromOptions,
  baseDir: string | undefined,
  ctx: EvalContext,
): Promise<unknown> {
  const url = resolveUrl(interpolate(opts.url, ctx), baseDir);
  const expr = typeof opts.expr === 'string' ? interpolate(opts.expr, ctx) : opts.expr;
  const format = inferFormat(opts);
  const owner: object = ctx.readSource ?? ctx;
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  const headers = opts.headers as Readonly<Record<string, string>> | undefined;
  const id = JSON.stringify([url, format, expr, headers ?? null]);
  let p = cache.get(id);
  if (!p) {
    p = read(url, headers, ctx).then((text) => parseValues(text, format, expr, url, ctx));
    cache.set(id, p);
  }
  return p;
}

/** A local path (or file://) resolves against the policy's folder and must stay inside it. */
function resolveUrl(url: string, baseDir: string | undefined): string {
  const local = localPathOf(url);
  if (local === undefined) return url;
  if (!baseDir) return local;
  return assertInside(resolve(baseDir, local), [baseDir]);
}

/**
 * Why a `value_from`-like url may not be read (a local path that is absolute, has `..`, or
 * leads out of the policy folder); the problem's path is relative to the options object.
 */
export function valueFromProblems(
  vf: ValueFromOptions,
  baseDir: string | undefined,
  path: (string | number)[],
): Problem[] {
  const local = localPathOf(vf.url);
  const why = local === undefined ? undefined : outsideReason(local, baseDir, [baseDir ?? '.']);
  if (!why) return [];
  return [
    {
      messageId: 'value-from-outside',
      message: `value_from url "${vf.url}" is ${OUTSIDE_REASONS[why]}; local files are read only from the policy file's folder.`,
      path: [...path, 'url'],
      hint: 'put the file beside the policy and give its relative path',
    },
  ];
}

async function read(
  url: string,
  headers: Readonly<Record<string, string>> | undefined,
  ctx: EvalContext,
): Promise<string> {
  if (ctx.readSource) return ctx.readSource(url, headers);
  if (localPathOf(url) !== undefined) return readFile(url, 'utf8');
  throw new Error(`value_from: no reader for ${url} in this run`);
}

/** Parse source text into values, as c7n's ValuesFrom does for each format. */
export function parseValues(
  text: string,
  format: string | undefined,
  expr: string | number | undefined,
  url: string,
  ctx?: EvalContext,
): unknown {
  const select = (data: unknown): unknown => {
    const res = jmespathSearch(String(expr), data);
    if (res === null || res === undefined)
      ctx?.log?.('warn', `value_from: ${String(expr)} selected nothing in ${url}`, { url });
    return Array.isArray(res) ? new PySet(res) : res;
  };
  switch (format) {
    case 'json': {
      const data = parseJsonData(text);
      return expr === undefined ? data : select(data);
    }
    case 'csv': {
      const rows = parseCsv(text);
      if (typeof expr === 'number') return new PySet(rows.flatMap((r) => (expr < r.length ? [r[expr]] : [])));
      return expr === undefined ? new PySet(rows.flat()) : select(rows);
    }
    case 'csv2dict': {
      const rows = parseCsv(text);
      const header = rows[0] ?? [];
      // Columns keyed by header, truncated to the shortest row as Python's zip(*rows) does.
      const width = Math.min(...rows.map((r) => r.length));
      // A header cell is data: `__proto__` or `constructor` names a column like any other.
      const cols = dataObject() as Record<string, string[]>;
      for (let c = 0; c < Math.min(width, header.length); c++)
        cols[header[c] as string] = rows.slice(1).map((r) => r[c] as string);
      return expr === undefined ? new PySet(Object.values(cols).flat()) : select(cols);
    }
    case 'txt': {
      const lines = text.split('\n');
      if (lines.at(-1) === '') lines.pop(); // readlines() yields no line after a final newline
      return new PySet(lines.map((l) => l.trim()));
    }
    default:
      throw new Error(`value_from: unsupported format ${String(format)} for url ${url}`);
  }
}

/** CSV as Python's csv.reader (excel dialect): quotes, doubled quotes, CRLF. Blank lines yield no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let sawAny = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      sawAny = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      sawAny = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (sawAny || field !== '') {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = '';
      sawAny = false;
    } else {
      field += c;
      sawAny = true;
    }
  }
  if (sawAny || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
