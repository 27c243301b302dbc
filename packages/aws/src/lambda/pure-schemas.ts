/**
 * The SDK's generated schema modules (`dist-es/schemas/schemas_0.js`) declare every shape of an
 * API as a top-level array (`export var Instance$ = [3, n0, _In, ...]`). Their member traits use
 * computed keys (`{ [_xN]: _II }`), which esbuild must assume may run code, so it keeps all of
 * them: 550 KB of EC2 shapes for a function that makes four calls. Wrapping each initializer in
 * an IIFE marked pure lets esbuild drop the shapes no bundled command reaches; the module
 * evaluates the same when kept.
 */

const DECLARATION = /^(?:export )?var [A-Za-z_$][\w$]* = /gm;

/** `source` with each top-level `var X = <array>;` initializer made a pure call. */
export function pureSchemaDeclarations(source: string): string {
  let out = '';
  let last = 0;
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(source); m; m = DECLARATION.exec(source)) {
    const start = m.index + m[0].length;
    if (source[start] !== '[') continue;
    const end = arrayEnd(source, start);
    if (end < 0 || source[end] !== ';') continue;
    out += `${source.slice(last, start)}/* @__PURE__ */ (() => ${source.slice(start, end)})()`;
    last = end;
    DECLARATION.lastIndex = end;
  }
  return out + source.slice(last);
}

/** Index just past the bracket closing the one at `start`, skipping strings; -1 if none. */
function arrayEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(s, i);
      if (i < 0) return -1;
    } else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index of the quote closing the string that opens at `start` (no `${}` in these modules). */
function stringEnd(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === q) return i;
  }
  return -1;
}
