/**
 * The comparison operators of Cloud Custodian's value filter, with Python semantics: each
 * returns a boolean or throws Incomparable, which `compare` turns into "does not match".
 */
import { hashKey, Incomparable, isNone, pyCmp, pyEq, pyIn, pyIter } from './py.js';
import { globRegex, pyRegex } from './regex.js';

export type OpFn = (r: unknown, v: unknown) => boolean;

function regexMatch(ignoreCase: boolean): OpFn {
  return (r, v) => {
    if (typeof r !== 'string') return false;
    if (typeof v !== 'string') throw new Incomparable('pattern must be a string');
    return pyRegex(v, { ignoreCase, anchorStart: true }).test(r);
  };
}

function toSet(x: unknown): Set<string> {
  return new Set(pyIter(x).map(hashKey));
}

const eq: OpFn = pyEq;
const ne: OpFn = (r, v) => !pyEq(r, v);
const gt: OpFn = (r, v) => pyCmp(r, v) > 0;
const ge: OpFn = (r, v) => pyCmp(r, v) >= 0;
const lt: OpFn = (r, v) => pyCmp(r, v) < 0;
const le: OpFn = (r, v) => pyCmp(r, v) <= 0;
const inOp: OpFn = (r, v) => pyIn(r, v);
const ni: OpFn = (r, v) => !pyIn(r, v);

/** Every operator name c7n accepts, aliases included, in c7n's order. */
export const OPERATORS: Readonly<Record<OpName, OpFn>> & Readonly<Record<string, OpFn | undefined>> = {
  eq,
  equal: eq,
  ne,
  'not-equal': ne,
  gt,
  'greater-than': gt,
  ge,
  gte: ge,
  le,
  lte: le,
  lt,
  'less-than': lt,
  glob: (r, v) => {
    if (typeof r !== 'string') return false;
    if (typeof v !== 'string') throw new Incomparable('glob pattern must be a string');
    return globRegex(v).test(r);
  },
  regex: regexMatch(true),
  'regex-case': regexMatch(false),
  in: inOp,
  ni,
  'not-in': ni,
  contains: (r, v) => pyIn(v, r),
  difference: (r, v) => {
    const ys = toSet(v);
    for (const k of toSet(r)) if (!ys.has(k)) return true;
    return false;
  },
  intersect: (r, v) => {
    const ys = toSet(v);
    for (const k of toSet(r)) if (ys.has(k)) return true;
    return false;
  },
  mod: (r, v) => {
    if (typeof r === 'string' || isNone(r) || isNone(v)) throw new Incomparable('unsupported operand for %');
    const a = typeof r === 'boolean' ? Number(r) : r;
    const b = typeof v === 'boolean' ? Number(v) : v;
    if (typeof a !== 'number' || typeof b !== 'number') throw new Incomparable('unsupported operand for %');
    // Python raises ZeroDivisionError here (a crash in c7n); `check` rejects a zero divisor.
    if (b === 0) throw new Incomparable('modulo by zero');
    return a % b !== 0;
  },
};

/** Operator names as a literal tuple, so option types derived from schemas stay precise. */
export const OP_NAMES = [
  'eq',
  'equal',
  'ne',
  'not-equal',
  'gt',
  'greater-than',
  'ge',
  'gte',
  'le',
  'lte',
  'lt',
  'less-than',
  'glob',
  'regex',
  'regex-case',
  'in',
  'ni',
  'not-in',
  'contains',
  'difference',
  'intersect',
  'mod',
] as const;
export type OpName = (typeof OP_NAMES)[number];

/** Operators that read `value` as a pattern. */
export const PATTERN_OPS: ReadonlySet<string> = new Set(['regex', 'regex-case', 'glob']);

/** Canonical short name of an operator (`greater-than` -> `gt`). */
export function canonicalOp(op: string): string {
  const fn = OPERATORS[op];
  for (const [name, f] of Object.entries(OPERATORS)) if (f === fn) return name;
  return op;
}

/**
 * `a OP b` with Python semantics; a comparison that cannot be made is false. Unknown
 * operators throw (schema validation keeps them out).
 */
export function compare(op: string, a: unknown, b: unknown): boolean {
  const fn = OPERATORS[op];
  if (!fn) throw new Error(`unknown operator ${op}`);
  try {
    return fn(a, b);
  } catch (e) {
    if (e instanceof Incomparable) return false;
    throw e;
  }
}

/** Schema fragment for an `op` option; spread it and add a `default` where one applies. */
export const comparisonOp = {
  enum: OP_NAMES,
  description:
    'Comparison operator: eq/equal, ne/not-equal, gt/greater-than, ge/gte, lt/less-than, le/lte, in, ni/not-in, contains, regex, regex-case, glob, difference, intersect, mod.',
} as const;
