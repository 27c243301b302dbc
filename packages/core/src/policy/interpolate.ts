/**
 * Variable interpolation with the semantics of Cloud Custodian's `format_string_values`:
 * every string is run through Python's `str.format` with the variables; a string naming any
 * unknown variable, or not a valid format string, is left exactly as written.
 */

export type VarValue = string | number | boolean | Date;
export type Vars = Readonly<Record<string, VarValue>>;

/**
 * Names that other elements format later themselves (notify, mark-for-op, tag, s3 logging...).
 * Cloud Custodian maps each to itself so a string mixing them with `{account_id}` still expands.
 */
export const PASS_THROUGH_VARS: readonly string[] = [
  'account',
  'action_date',
  'bucket_name',
  'bucket_region',
  'event',
  'LoadBalancerName',
  'op',
  'service',
  'source_bucket_name',
  'target_bucket_name',
  'target_prefix',
];

export interface RuntimeFacts {
  accountId?: string;
  region?: string;
  /** Milliseconds since the epoch or a Date; formatted in UTC like Cloud Custodian's `now`. */
  now?: number | Date;
  policyName?: string;
  /** User variables (`--var key=value`, `vars:`); runtime facts win on a name clash. */
  vars?: Record<string, string>;
}

function selfRef(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, `{${n}}`]));
}

/** The variables for one account/region run. Facts not given stay as `{name}` for later. */
export function runtimeVariables(facts: RuntimeFacts): Record<string, VarValue> {
  const out: Record<string, VarValue> = {
    ...selfRef(PASS_THROUGH_VARS),
    ...selfRef(['account_id', 'region', 'now', 'policy_name']),
    ...facts.vars,
  };
  if (facts.accountId !== undefined) out.account_id = facts.accountId;
  if (facts.region !== undefined) out.region = facts.region;
  if (facts.now !== undefined) out.now = facts.now instanceof Date ? facts.now : new Date(facts.now);
  if (facts.policyName !== undefined) out.policy_name = facts.policyName;
  return out;
}

/** Interpolates every string in a JSON value (lists and mappings walked; keys untouched). */
export function interpolate<T>(value: T, vars: Vars): T {
  if (typeof value === 'string') return formatString(value, vars) as T;
  if (Array.isArray(value)) return value.map((v) => interpolate(v, vars)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    // fromEntries defines each key, so a `__proto__` key (a filter on that field) stays a key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, vars)])) as T;
  }
  return value;
}

/**
 * Interpolates a policy's data, keeping what Cloud Custodian keeps verbatim: `mode.member-role`
 * (expanded per member account at run time) and notify `subject` (a template for the mailer).
 */
export function interpolatePolicy(data: Record<string, unknown>, vars: Vars): Record<string, unknown> {
  const out = interpolate(data, vars);
  const mode = data.mode as Record<string, unknown> | undefined;
  if (mode && typeof mode === 'object' && 'member-role' in mode)
    (out.mode as Record<string, unknown>)['member-role'] = mode['member-role'];
  if (Array.isArray(data.actions) && Array.isArray(out.actions)) {
    data.actions.forEach((a, i) => {
      if (a && typeof a === 'object' && (a as Record<string, unknown>).type === 'notify' && 'subject' in a)
        (out.actions as Record<string, unknown>[])[i]!.subject = (a as Record<string, unknown>).subject;
    });
  }
  return out;
}

const SECRET_FIELD = /^secret\.[^{}:!]+$/;

/** Python `str.format` over named fields; returns the input unchanged when it cannot format. */
export function formatString(s: string, vars: Vars): string {
  if (!s.includes('{') && !s.includes('}')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{' && s[i + 1] === '{') {
      out += '{';
      i += 2;
    } else if (c === '}' && s[i + 1] === '}') {
      out += '}';
      i += 2;
    } else if (c === '}') {
      return s; // a lone '}' is invalid in Python
    } else if (c === '{') {
      const end = s.indexOf('}', i);
      if (end < 0) return s;
      const field = s.slice(i + 1, end);
      if (field.includes('{')) return s;
      const colon = field.indexOf(':');
      const name = colon < 0 ? field : field.slice(0, colon);
      const spec = colon < 0 ? '' : field.slice(colon + 1);
      const v = Object.hasOwn(vars, name) ? vars[name] : undefined;
      const text = v === undefined ? undefined : formatValue(v, spec);
      if (text !== undefined) out += text;
      // A webhook's `{secret.KEY}` (c7n-ts's extension) is filled in when the request is made:
      // kept as written, as PASS_THROUGH_VARS are, so `{account_id}` beside it still expands.
      else if (SECRET_FIELD.test(field)) out += `{${field}}`;
      else return s;
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function formatValue(v: VarValue, spec: string): string | undefined {
  if (v instanceof Date) return formatDate(v, spec);
  // Callers may pass `now` as an ISO string; a date spec on it still formats it as a date.
  if (spec !== '' && typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)))
    return formatDate(new Date(v), spec);
  if (spec !== '') return undefined; // width/alignment specs are not worth emulating
  return String(v);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const INCREMENT = /\+([0-9]+)([Mdh])/g;
const UNIT_MS: Record<string, number> = { M: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Cloud Custodian's FormatDate: `+5d`, `+2h`, `+30M` (minutes) shift the date, the rest of the
 * spec is strftime; an empty spec prints Python's `str(datetime)`.
 */
export function formatDate(d: Date, spec: string): string | undefined {
  let ms = d.getTime();
  for (const m of spec.matchAll(INCREMENT)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  const fmt = spec.replace(INCREMENT, '');
  const t = new Date(ms);
  if (Number.isNaN(ms)) return undefined;
  if (fmt === '') {
    const micro = t.getUTCMilliseconds() ? `.${pad(t.getUTCMilliseconds() * 1000, 6)}` : '';
    return `${strftime(t, '%Y-%m-%d %H:%M:%S')}${micro}`;
  }
  return strftime(t, fmt);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The strftime directives policies use, in UTC (Cloud Custodian formats `utcnow()`). */
export function strftime(t: Date, fmt: string): string {
  const dayOfYear = Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  const h12 = t.getUTCHours() % 12 || 12;
  const table: Record<string, string> = {
    Y: String(t.getUTCFullYear()),
    y: pad(t.getUTCFullYear() % 100),
    m: pad(t.getUTCMonth() + 1),
    d: pad(t.getUTCDate()),
    H: pad(t.getUTCHours()),
    I: pad(h12),
    M: pad(t.getUTCMinutes()),
    S: pad(t.getUTCSeconds()),
    f: pad(t.getUTCMilliseconds() * 1000, 6),
    j: pad(dayOfYear, 3),
    a: DAYS[t.getUTCDay()]!.slice(0, 3),
    A: DAYS[t.getUTCDay()]!,
    b: MONTHS[t.getUTCMonth()]!.slice(0, 3),
    B: MONTHS[t.getUTCMonth()]!,
    p: t.getUTCHours() < 12 ? 'AM' : 'PM',
    z: '',
    Z: '',
    '%': '%',
  };
  return fmt.replace(/%(.)/g, (all, ch: string) => table[ch] ?? all);
}

/**
 * Parses `key=value` pairs (`--var env=prod`). Returns the vars and the malformed entries so
 * the CLI can report them.
 */
export function parseVarArgs(args: readonly string[]): { vars: Record<string, string>; invalid: string[] } {
  const vars: Record<string, string> = {};
  const invalid: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) invalid.push(a);
    else vars[key] = a.slice(eq + 1);
  }
  return { vars, invalid };
}
