/**
 * JMESPath as Cloud Custodian evaluates it: backtick literals that are not JSON read as
 * strings (python-jmespath's legacy behaviour, common in policies: Key==`Name`), plus c7n's
 * extra functions `split(sep, string)` and `from_json(string)`.
 */
import {
  compile,
  type JSONValue,
  registerFunction,
  TreeInterpreter,
  TYPE_STRING,
} from '@jmespath-community/jmespath';

type Ast = ReturnType<typeof compile>;
let registered = false;

/**
 * `obj[key]` when `key` is obj's own member, else undefined: resource data comes from outside,
 * and a field named `constructor`, `toString` or `__proto__` must read as that data (or as
 * missing), never as Object.prototype's member.
 */
export function ownMember(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * The library reads a field as `value[name]`, so `constructor` or `toString` yields
 * Object.prototype's function (python-jmespath, like c7n, sees only the dict's keys). Its
 * interpreter is one shared instance; make field access own-only on its class, the one place
 * every Field node is read (scoped interpreters of `let` are instances of the same class).
 */
function ownFieldsOnly(): void {
  const proto = Object.getPrototypeOf(TreeInterpreter) as {
    visit(node: { type: string; name?: string }, value: unknown): unknown;
  };
  const visit = proto.visit;
  proto.visit = function (this: unknown, node, value) {
    if (node.type !== 'Field') return visit.call(this, node, value);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    return ownMember(value, node.name as string) ?? null;
  };
}

/** The library keeps functions in one global table; register ours on first use, not on import. */
function ensureFunctions(): void {
  if (registered) return;
  registered = true;
  ownFieldsOnly();
  // c7n's argument order (separator first) differs from the community built-in; c7n wins.
  registerFunction(
    'split',
    ([sep, s]) => (s as string).split(sep as string),
    [{ types: [TYPE_STRING] }, { types: [TYPE_STRING] }],
    { override: true },
  );
  registerFunction(
    'from_json',
    ([s]) => {
      try {
        return JSON.parse(s as string) as JSONValue;
      } catch {
        return null;
      }
    },
    [{ types: [TYPE_STRING] }],
    { override: true },
  );
}

export type Search = (data: unknown) => unknown;

/** Compile an expression; throws the library's syntax error when it is invalid. */
export function compileJmespath(expr: string): Search {
  // A dotted path of plain identifiers is most keys; walk it directly (same result, far cheaper,
  // and the CLI bundle need not load the library for it).
  if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(expr)) {
    const parts = expr.split('.');
    return (data) => {
      let cur: unknown = data;
      for (const p of parts) {
        if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return null;
        cur = ownMember(cur, p);
        if (cur === undefined) return null;
      }
      return cur;
    };
  }
  ensureFunctions();
  const ast: Ast = compile(expr, { enable_legacy_literals: true });
  return (data) => TreeInterpreter.search(ast, data as JSONValue);
}

/** One-off search (value_from expressions). */
export function jmespathSearch(expr: string, data: unknown): unknown {
  return compileJmespath(expr)(data);
}
