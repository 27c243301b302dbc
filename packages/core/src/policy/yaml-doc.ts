/**
 * A parsed policy file that remembers where every value came from, so an error found in the
 * plain data (by ajv or a declaration's check) can be pointed at the exact line and column.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { pyyamlTags } from './yaml11.js';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The document as plain JSON (aliases and `<<` merges resolved); undefined if unparsable. */
  data: unknown;
  /** Syntax problems (yaml-syntax). When any is an error, `data` is not validated further. */
  diagnostics: Diagnostic[];
}

export function parseFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  // Cloud Custodian reads .json files with json.load and everything else with PyYAML (YAML 1.1).
  // `merge: true` because PyYAML honours `<<:` merge keys.
  const yaml11 = !file.toLowerCase().endsWith('.json');
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    merge: true,
    prettyErrors: false,
    ...(yaml11 ? { version: '1.1' as const, customTags: pyyamlTags } : {}),
  });
  const diagnostics: Diagnostic[] = [];
  // json.load takes tabs as whitespace.
  const tab = yaml11 ? tabIndent(text, doc) : undefined;
  if (tab !== undefined) {
    // One error where PyYAML stops, instead of the yaml package's cascade after it.
    diagnostics.push({
      severity: 'error',
      messageId: 'yaml-syntax',
      file,
      ...position(lines, tab),
      message: 'a tab indents this line; YAML cannot be indented with tabs, use spaces',
      excerpt: lineAt(text, tab),
    });
    return { file, doc, lines, data: undefined, diagnostics };
  }
  const report = (
    severity: 'error' | 'warning',
    e: { message: string; pos: [number, number]; code: string },
  ) => {
    const at = pointAt(text, e.pos[0]);
    diagnostics.push({
      severity,
      messageId: 'yaml-syntax',
      file,
      ...position(lines, at.offset),
      message: `${yamlMessage(e.message, e.code)}${at.end ? ' (at the end of the file)' : ''}`,
      excerpt: lineAt(text, at.offset),
    });
  };
  for (const e of doc.errors) report('error', e);
  for (const w of doc.warnings) report('warning', w);
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      // An alias bomb or a self-referencing alias; the yaml package explains which.
      diagnostics.push({
        severity: 'error',
        messageId: 'yaml-syntax',
        file,
        line: 1,
        col: 1,
        message: firstLine(e instanceof Error ? e.message : String(e)),
      });
    }
  }
  return { file, doc, lines, data, diagnostics };
}

/**
 * Offset of the first tab in a line's indentation, outside quoted and block scalars (where
 * tabs are text). PyYAML, and so Cloud Custodian, rejects such a file whatever follows; the
 * yaml package reports a cascade of errors after it, or sometimes none. Lines holding only
 * whitespace or a comment are left to the yaml package.
 */
function tabIndent(text: string, doc: Document.Parsed): number | undefined {
  if (!text.includes('\t')) return undefined;
  const scalars: [number, number][] = [];
  visit(doc, {
    Scalar(_k, n) {
      if (n.type !== 'PLAIN' && n.range) scalars.push([n.range[0], n.range[1]]);
    },
  });
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    const rest = line.slice(lead.length).trim();
    const tab = lead.indexOf('\t');
    const at = offset + tab;
    if (tab >= 0 && rest !== '' && !rest.startsWith('#') && !scalars.some(([s, e]) => at > s && at < e))
      return at;
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * Where to point for an error the yaml package reports at `offset`: past indentation to the
 * token it stopped at. When only blank lines follow, it met the end of the file: point just
 * after the last character, on a line the user can see.
 */
function pointAt(text: string, offset: number): { offset: number; end: boolean } {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i < text.length && text[i] !== '\n' && text[i] !== '\r') return { offset: i, end: false };
  if (text.slice(offset).trim() !== '') return { offset, end: false };
  const last = text.trimEnd().length;
  return { offset: last, end: last < text.length || offset >= last };
}

/** The line holding `offset`, without its line break. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}

function yamlMessage(message: string, code: string): string {
  const m = firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'duplicate key in mapping; each key may appear once';
  if (code === 'TAB_AS_INDENT') return 'tab used for indentation; YAML indents with spaces';
  if (/Maximum call stack size exceeded/.test(m)) return 'the document nests too deeply to be read';
  return m.endsWith('.') ? m.slice(0, -1) : m;
}

/** 1-based line and column of a character offset. */
export function position(lines: LineCounter, offset: number): Position {
  const p = lines.linePos(Math.max(0, offset));
  return { line: p.line, col: p.col };
}

export interface Located {
  /** The node the path reaches (or the deepest ancestor that exists). */
  node: Node | undefined;
  /** The key node of the last path segment, when it is a mapping key. */
  key: Node | undefined;
  /** True when the whole path was found. */
  exact: boolean;
}

/**
 * Walks the document along a data path. Aliases are followed into their anchors, so an error
 * in shared anchored data points at the anchor; keys that came from a `<<` merge are not in
 * the mapping itself and fall back to the nearest ancestor that is.
 */
export function locate(doc: Document, path: Path): Located {
  let node: Node | undefined = (doc.contents as Node | null) ?? undefined;
  let key: Node | undefined;
  for (const seg of path) {
    node = deref(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) return { node, key: undefined, exact: false };
      key = pair.key as Node | undefined;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (item === undefined) return { node, key: undefined, exact: false };
      key = undefined;
      node = item;
    } else {
      return { node, key: undefined, exact: false };
    }
  }
  return { node, key, exact: true };
}

function deref(doc: Document, node: Node | undefined): Node | undefined {
  let n = node;
  for (let i = 0; i < 50 && isAlias(n); i++) n = n.resolve(doc) as Node | undefined;
  return n;
}

function keyText(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  if (k === null || k === undefined) return undefined;
  return String(k);
}

/**
 * Where to point for a path: `at: 'key'` names the key (unknown key, `key:` fields), else the
 * value. A missing-key problem points at the mapping's first key.
 */
export function positionOf(
  parsed: ParsedFile,
  path: Path,
  at: 'key' | 'value' | 'mapping' = 'value',
): Position {
  const { node, key } = locate(parsed.doc, path);
  let target: Node | undefined = at === 'key' ? (key ?? node) : node;
  if (at === 'mapping') {
    const m = deref(parsed.doc, node);
    if (isMap(m)) {
      const first = m.items[0];
      target = first && isPair(first) ? ((first.key as Node | null) ?? m) : m;
    }
  }
  const offset = target?.range?.[0];
  if (offset === undefined) return { line: 1, col: 1 };
  return position(parsed.lines, offset);
}
