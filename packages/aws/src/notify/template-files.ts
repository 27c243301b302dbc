/**
 * Finding a template by name (--template-dir, then the policy file's folder, then the
 * built-ins) and finding what is wrong with one before a run: syntax errors with the
 * template's own line, and helpers that do not exist.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isInside, type OutsideReason, outsideReason } from '@c7n-ts/core';
import Handlebars from 'handlebars';
import { KNOWN_HELPERS } from './render.js';
import defaultHtml from './templates/default-html.js';
import defaultTxt from './templates/default-txt.js';

export type Format = 'html' | 'text';

export interface TemplateSource {
  /** `default.html` for a built-in, else the file's path. */
  name: string;
  builtin: boolean;
  text: string;
  format: Format;
}

export const BUILTIN_HTML: TemplateSource = {
  name: 'default.html',
  builtin: true,
  text: defaultHtml,
  format: 'html',
};
export const BUILTIN_TXT: TemplateSource = {
  name: 'default.txt',
  builtin: true,
  text: defaultTxt,
  format: 'text',
};

/** c7n-mailer's names for its default templates (it appends `.j2`), and ours. */
const BUILTINS: Readonly<Record<string, TemplateSource>> = {
  default: BUILTIN_HTML,
  'default.j2': BUILTIN_HTML,
  'default.html': BUILTIN_HTML,
  'default.html.j2': BUILTIN_HTML,
  'default.txt': BUILTIN_TXT,
  'default.txt.j2': BUILTIN_TXT,
};

export const DEFAULT_TEMPLATE = 'default.html';

export interface Dirs {
  templateDirs?: readonly string[];
  baseDir?: string;
}

export const searchDirs = (d: Dirs): string[] => [
  ...(d.templateDirs ?? []),
  ...(d.baseDir ? [d.baseDir] : []),
];

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

const formatOf = (path: string, plain: boolean): Format =>
  plain || ['.txt', '.text'].includes(extname(path).toLowerCase()) ? 'text' : 'html';

export type Lookup =
  | { ok: true; source: TemplateSource }
  | { ok: false; reason: 'not-found'; searched: string[] }
  | { ok: false; reason: 'jinja'; path: string }
  | { ok: false; reason: 'outside'; why: OutsideReason };

/**
 * Resolves `template`. A name without an extension also matches `NAME.html` (c7n-mailer
 * users write `template: my-template` for my-template.j2).
 */
export function findTemplate(name: string, dirs: Dirs, plain = false): Lookup {
  const where = searchDirs(dirs);
  // Only names inside the policy's folder or a --template-dir are ever read.
  const why = BUILTINS[name] ? undefined : outsideReason(name, dirs.baseDir, where);
  if (why && why !== 'outside') return { ok: false, reason: 'outside', why };
  const names = extname(name) ? [name] : [name, `${name}.html`];
  for (const dir of where)
    for (const n of names) {
      const path = resolve(dir, n);
      if (!path.endsWith('.j2') && isFile(path) && !isInside(path, where))
        return { ok: false, reason: 'outside', why: 'outside' };
      if (!path.endsWith('.j2') && isFile(path))
        return {
          ok: true,
          source: {
            name: path,
            builtin: false,
            text: readFileSync(path, 'utf8'),
            format: formatOf(path, plain),
          },
        };
    }
  const builtin = BUILTINS[name];
  if (builtin) return { ok: true, source: plain && builtin === BUILTIN_HTML ? BUILTIN_TXT : builtin };
  for (const dir of where)
    for (const n of name.endsWith('.j2') ? [name] : [`${name}.j2`]) {
      const path = resolve(dir, n);
      if (isFile(path)) return { ok: false, reason: 'jinja', path };
    }
  return {
    ok: false,
    reason: 'not-found',
    searched: [...where.map((d) => join(resolve(d), names[0]!)), 'the built-in templates'],
  };
}

/** The text part for an HTML template: `NAME.txt` beside it, else the built-in. */
export function textPartFor(html: TemplateSource): TemplateSource {
  if (!html.builtin) {
    const path = join(dirname(html.name), `${basename(html.name, extname(html.name))}.txt`);
    // A symlinked NAME.txt pointing out of the folder is not read.
    if (isFile(path) && isInside(path, [dirname(html.name)]))
      return { name: path, builtin: false, text: readFileSync(path, 'utf8'), format: 'text' };
  }
  return BUILTIN_TXT;
}

/** A problem in a template's text; `line` is the template's own line when known. */
export interface TemplateError {
  line?: number;
  message: string;
}

/** Syntax errors and unknown helpers; empty when the template compiles. */
export function templateErrors(text: string): TemplateError[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch (e) {
    return [parseError(e as Error & { lineNumber?: number })];
  }
  const errors: TemplateError[] = [];
  walk(ast, (node) => {
    const n = node as Omit<hbs.AST.MustacheStatement, 'type'> & { type: string };
    const calls =
      n.type === 'SubExpression' || (n.params?.length ?? 0) > 0 || (n.hash?.pairs.length ?? 0) > 0;
    const path = n.path as hbs.AST.PathExpression | undefined;
    if (!calls || path?.type !== 'PathExpression' || path.parts.length !== 1 || path.data) return;
    if (!KNOWN_HELPERS.has(path.original))
      errors.push({ line: n.loc?.start.line, message: `unknown helper "${path.original}"` });
  });
  // Handlebars checks block nesting when compiling, not when parsing.
  if (errors.length === 0) {
    try {
      Handlebars.precompile(text);
    } catch (e) {
      errors.push(parseError(e as Error & { lineNumber?: number }));
    }
  }
  return errors;
}

/** What Handlebars' parser (Jison) met, in words. */
const UNEXPECTED: Readonly<Record<string, string>> = {
  EOF: 'unexpected end of the template (a {{#block}} not closed?)',
  OPEN_ENDBLOCK: 'unexpected {{/...}}: no block of that name is open',
  INVALID: 'invalid expression (an unclosed {{ or a stray character?)',
  CLOSE: 'unexpected }}',
};

function parseError(e: Error & { lineNumber?: number }): TemplateError {
  const m = /^Parse error on line (\d+):[\s\S]*got '([A-Z_]+)'$/.exec(e.message);
  if (m)
    return {
      line: Number(m[1]),
      message: UNEXPECTED[m[2]!] ?? `unexpected ${m[2]!.toLowerCase().replace(/_/g, ' ')}`,
    };
  const where = / - (\d+):(\d+)$/.exec(e.message);
  const line = e.lineNumber ?? (where ? Number(where[1]) : undefined);
  return { ...(line !== undefined && { line }), message: e.message.replace(/ - \d+:\d+$/, '') };
}

function walk(node: unknown, visit: (n: hbs.AST.Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Record<string, unknown>;
  if (typeof n.type === 'string') visit(n as unknown as hbs.AST.Node);
  for (const [k, v] of Object.entries(n)) if (k !== 'loc' && typeof v === 'object') walk(v, visit);
}

/** "custom.html:12: message" (the file's name, or the built-in's). */
export function describeError(source: TemplateSource | string, e: TemplateError): string {
  const name = typeof source === 'string' ? source : source.builtin ? source.name : basename(source.name);
  return `template ${name}${e.line ? `:${e.line}` : ''}: ${e.message}`;
}
