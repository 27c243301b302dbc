/**
 * From matched resources to rendered messages: address them, then render one message per
 * recipient set. A group that fails to render is logged and left out; the others go on.
 */
import type { ActionContext, Resource } from '@c7n-ts/core';
import type { NotifyOptions } from './options.js';
import { addressResources } from './recipients.js';
import { render, resourceId, templateContext, textAsHtml } from './render.js';
import {
  BUILTIN_HTML,
  DEFAULT_TEMPLATE,
  describeError,
  findTemplate,
  type TemplateSource,
  textPartFor,
} from './template-files.js';
import type { NotifyMessage } from './types.js';

/** c7n-mailer's default subject. */
export const defaultSubject = (policyName: string) => `Custodian notification - ${policyName}`;

export interface Composed {
  messages: NotifyMessage[];
  /** Ids of resources nobody was found to tell about. */
  unaddressed: string[];
  /** Ids of resources whose message could not be rendered. */
  failed: string[];
}

export interface Templates {
  /** Undefined for a text-only template: the HTML part is its text in a <pre>. */
  html?: TemplateSource;
  text: TemplateSource;
}

/**
 * The templates of the action. `fallback` (the sqs dry-run preview, where the template is
 * c7n-mailer's) renders with the built-ins instead of failing when the template is not ours.
 */
export function templatesFor(opts: NotifyOptions, ctx: ActionContext, fallback = false): Templates {
  const name = opts.template ?? DEFAULT_TEMPLATE;
  const found = findTemplate(name, ctx, opts.template_format === 'plain');
  if (!found.ok) {
    if (fallback) return { html: BUILTIN_HTML, text: textPartFor(BUILTIN_HTML) };
    // The loader reported this already; a template deleted since is a run-time failure.
    throw new Error(
      found.reason === 'jinja'
        ? `template "${name}" is a Jinja template (${found.path}), which c7n-ts cannot render`
        : found.reason === 'outside'
          ? `template "${name}" is outside the policy folder and --template-dir; not read`
          : `template "${name}" not found; looked in ${found.searched.join(', ')}`,
    );
  }
  const s = found.source;
  return s.format === 'html' ? { html: s, text: textPartFor(s) } : { text: s };
}

/** Renders `t`, naming the template in the error when it fails. */
function renderAt(t: TemplateSource, context: Record<string, unknown>): string {
  try {
    return render(t.text, context, t.format);
  } catch (e) {
    throw new Error(describeError(t, { message: (e as Error).message }));
  }
}

export function composeMessages(
  resources: readonly Resource[],
  opts: NotifyOptions,
  ctx: ActionContext,
  templates: Templates,
): Composed {
  const idOf = (r: Resource) => resourceId(r, ctx.resourceType.id);
  const addressing = addressResources(resources, opts, idOf, ctx.event);
  for (const note of addressing.notes) ctx.log?.('warn', `notify: ${note}`);
  const unaddressed = addressing.unaddressed.map(idOf);
  if (unaddressed.length)
    ctx.log?.(
      'warn',
      `notify: no recipient found for ${unaddressed.length} resource(s); nobody is told about them`,
      {
        ids: unaddressed,
      },
    );
  const cc = [...new Set(opts.cc ?? [])];
  const messages: NotifyMessage[] = [];
  const failed: string[] = [];
  for (const group of addressing.groups) {
    const ids = group.resources.map(idOf);
    try {
      const context = templateContext({
        resources: group.resources,
        ctx,
        options: opts as Record<string, unknown>,
        recipients: group.to,
      });
      const text = renderAt(templates.text, context);
      messages.push({
        to: group.to,
        cc: cc.filter((a) => !group.to.includes(a)),
        subject: render(opts.subject ?? defaultSubject(ctx.policyName), context, 'text')
          .replace(/\s+/g, ' ')
          .trim(),
        html: templates.html ? renderAt(templates.html, context) : textAsHtml(text, ctx.policyName),
        text,
        resources: group.resources,
        resourceIds: ids,
        ...(opts.priority_header !== undefined && { priority: String(opts.priority_header) }),
      });
    } catch (e) {
      failed.push(...ids);
      ctx.log?.(
        'error',
        `notify: cannot render the message to ${group.to.join(', ')}: ${(e as Error).message}`,
        {
          ids,
        },
      );
    }
  }
  return { messages, unaddressed, failed };
}
