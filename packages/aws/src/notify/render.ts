/**
 * Our own Handlebars instance (escaping on: resource data is untrusted, a tag value
 * `<script>` must arrive as text), its helpers, and the context templates see: c7n-mailer's
 * names (`policy`, `resources`, `account`, `account_id`, `region`, `action`, `event`,
 * `execution_start`, `recipient`) plus ready-made table rows for the default templates.
 */
import type { ActionContext, Resource } from '@c7n-ts/core';
import Handlebars from 'handlebars';
import { tagsOf } from '../common/tagging/index.js';
import { COLUMNS, consoleLink } from './console-links.js';

let instance: typeof Handlebars | undefined;

/** Made on first use, so loading this module (every function's registry does) costs nothing. */
function hb(): typeof Handlebars {
  if (!instance) {
    instance = Handlebars.create();
    for (const [name, fn] of Object.entries(helpers)) instance.registerHelper(name, fn);
  }
  return instance;
}

interface HelperOptions {
  data?: { root?: { resource_type?: string; region?: string; id_field?: string; name_field?: string } };
}

const rootOf = (args: unknown[]) => (args[args.length - 1] as HelperOptions).data?.root ?? {};
const isResource = (v: unknown): v is Resource => typeof v === 'object' && v !== null && !Array.isArray(v);

function pathValue(r: Resource, path: string | undefined): unknown {
  if (!path) return undefined;
  // Own members only: a resource without a `constructor` field has none to show.
  return path
    .split('.')
    .reduce<unknown>((v, k) => (isResource(v) && Object.hasOwn(v, k) ? v[k] : undefined), r);
}

/** The resource's id, by the resource type's id field. */
export function resourceId(r: unknown, idField: string | undefined): string {
  if (!isResource(r)) return '';
  const v = pathValue(r, idField);
  return v === undefined || v === null ? '' : String(v);
}

/** The Name tag, else the type's name field, else the id. */
export function resourceName(r: unknown, nameField?: string, idField?: string): string {
  if (!isResource(r)) return '';
  const tag = tagsOf(r).get('Name');
  if (tag) return tag;
  const v = pathValue(r, nameField);
  return typeof v === 'string' && v ? v : resourceId(r, idField);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD HH:mm:ss` style formatting in UTC; unknown values come back as text. */
export function formatDate(value: unknown, format = 'YYYY-MM-DD HH:mm UTC'): string {
  const d =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
  if (!d || Number.isNaN(d.getTime())) return value === undefined || value === null ? '' : String(value);
  const parts: Record<string, string> = {
    YYYY: String(d.getUTCFullYear()),
    MM: pad(d.getUTCMonth() + 1),
    DD: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => parts[t] ?? t);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A cell of the default tables: dates shortened, structures as JSON, nothing as empty. */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return formatDate(v);
  if (typeof v === 'string') return ISO_DATE.test(v) ? formatDate(v) : v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const helpers: Record<string, (...args: any[]) => unknown> = {
  tag: (r: unknown, key: unknown) =>
    isResource(r) && typeof key === 'string' ? (tagsOf(r).get(key) ?? '') : '',
  date: (...args: unknown[]) => formatDate(args[0], typeof args[1] === 'string' ? args[1] : undefined),
  json: (v: unknown) => JSON.stringify(v, null, 2),
  console_link: (...args: unknown[]) => {
    const root = rootOf(args);
    return consoleLink(root.resource_type ?? '', resourceId(args[0], root.id_field), root.region ?? '') ?? '';
  },
  resource_id: (...args: unknown[]) => resourceId(args[0], rootOf(args).id_field),
  resource_name: (...args: unknown[]) => {
    const root = rootOf(args);
    return resourceName(args[0], root.name_field, root.id_field);
  },
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  not: (v: unknown) => !v,
};
// c7n-mailer's Jinja globals, under the names its templates use.
helpers.resource_tag = helpers.tag!;
helpers.get_resource_tag_value = helpers.tag!;
helpers.format_struct = helpers.json!;
helpers.date_time_format = helpers.date!;

/** Every helper a template may call: ours and Handlebars' built-ins. */
export const KNOWN_HELPERS = new Set([
  ...Object.keys(helpers),
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'blockHelperMissing',
  'helperMissing',
]);

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Compiles once per template text and format. HTML escapes every `{{value}}`; text (bodies and
 * subjects) does not, as it is not HTML. Throws Handlebars' error on a syntax error.
 */
export function compileTemplate(
  source: string,
  format: 'html' | 'text' = 'html',
): Handlebars.TemplateDelegate {
  const key = `${format}\n${source}`;
  let t = compiled.get(key);
  if (!t) {
    t = hb().compile(source, { noEscape: format === 'text', strict: false });
    compiled.set(key, t);
  }
  return t;
}

export interface ContextInput {
  resources: Resource[];
  ctx: ActionContext;
  options: Record<string, unknown>;
  recipients: string[];
}

/** What every template sees. */
export function templateContext({
  resources,
  ctx,
  options,
  recipients,
}: ContextInput): Record<string, unknown> {
  const rt = ctx.resourceType;
  const region = ctx.region ?? '';
  const extra = COLUMNS[rt.type] ?? [];
  const rows = resources.map((r) => {
    const id = resourceId(r, rt.id);
    return {
      id,
      name: resourceName(r, rt.name, rt.id),
      link: consoleLink(rt.type, id, region) ?? '',
      cells: extra.map((c) => cellText(c.value(r))),
    };
  });
  return {
    policy: ctx.policy,
    // Plain copies: replayed data is null-prototype, and Handlebars' `{{value}}` of an object
    // converts it to a string, which a null-prototype object cannot do.
    resources: structuredClone(resources),
    // Cloud Custodian passes the account alias here; c7n-ts has no IAM client, so the id.
    account: ctx.accountId ?? '',
    account_id: ctx.accountId ?? '',
    region,
    action: options,
    event: structuredClone(ctx.event ?? null),
    execution_start: new Date(ctx.executionStart ?? ctx.now).toISOString(),
    recipient: recipients,
    recipients,
    resource_type: rt.type,
    id_field: rt.id,
    name_field: rt.name,
    count: resources.length,
    columns: extra.map((c) => c.heading),
    rows,
  };
}

export function render(
  source: string,
  context: Record<string, unknown>,
  format: 'html' | 'text' = 'html',
): string {
  return compileTemplate(source, format)(context);
}

/** Text as HTML: escaped, in a <pre> (the HTML part of a text-only template). */
export function textAsHtml(text: string, title: string): string {
  const esc = (s: string) => hb().escapeExpression(s);
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body>\n<pre style="font-family:SFMono-Regular, Consolas, monospace; font-size:13px;">${esc(text)}</pre>\n</body>\n</html>\n`;
}
