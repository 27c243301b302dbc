/**
 * The provider-neutral filter engine: the compiler for filter lists and the core filter
 * declarations, plus the comparison helpers provider filters reuse.
 */
import type { FilterDecl } from '../define/types.js';
import event from './event.js';
import listItem from './list-item.js';
import markedForOp from './marked-for-op.js';
import reduce from './reduce.js';
import tagCount from './tag-count.js';
import value from './value/index.js';

/** Core filter declarations, sorted by name. */
// Widened through unknown: relating each precise options type to FilterDecl<any> instantiates too deeply.
export const coreFilters = [
  event,
  listItem,
  markedForOp,
  reduce,
  tagCount,
  value,
] as readonly unknown[] as readonly FilterDecl<any, any>[];

export { checkFilterItems } from './check-items.js';
export {
  type BlockOp,
  type CompiledFilters,
  compileFilterItem,
  compileFilters,
  type NormalizedFilterItem,
  normalizeFilterItem,
} from './compile.js';
export { LIST_ITEM_MATCHES } from './list-item.js';
export * from './offhours/index.js';
export { checkValueOptions, valueMessages } from './value/check.js';
export { ageMs, isValidTimeZone, parseDate, toMs } from './value/dates.js';
export { compileValue } from './value/index.js';
export { compileJmespath, jmespathSearch } from './value/jmespath.js';
export { compileKey, getTag, keyField, keyReads } from './value/key.js';
export type { ValueOptions } from './value/matcher.js';
export { canonicalOp, compare, comparisonOp, OP_NAMES, OPERATORS, type OpName } from './value/ops.js';
export { EMPTY_TUPLE, Incomparable, isNone, PySet, pyCmp, pyEq, pyIn, pyTruthy } from './value/py.js';
export { globRegex, pyRegex } from './value/regex.js';
export { valueOptionsSchema, valueProperties } from './value/schema.js';
export {
  loadValues,
  parseValues,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from './value/value-from.js';
export { processValueType, VALUE_TYPES, type ValueType } from './value/value-types.js';
