/**
 * The semantic checks of `notify`. With transport sqs, c7n-mailer addresses and renders, so
 * only the shape is ours to check; with ses and file, c7n-ts does both, so every recipient
 * must be one it can reach and every template must exist and compile.
 */
import { type CompileContext, didYouMean, OUTSIDE_REASONS, type Problem } from '@c7n-ts/core';
import { MAILER_ONLY_KEYS, type NotifyOptions } from './options.js';
import { classifyTarget, isEmail } from './recipients.js';
import {
  DEFAULT_TEMPLATE,
  describeError,
  findTemplate,
  type Lookup,
  type TemplateSource,
  templateErrors,
  textPartFor,
} from './template-files.js';

export const messages = {
  unsupported: '`{{key}}` is not supported by c7n-ts yet.',
  'sns-unsupported': 'transport sns is not supported by c7n-ts yet.',
  'missing-queue': 'transport sqs needs `queue`.',
  'missing-from': 'transport ses needs a sender: `from` in the transport or in the action.',
  'no-recipients': 'nobody to notify: give `to`.',
  'unreachable-target': 'c7n-ts sends email only.',
  'unknown-target': 'not a recipient c7n-ts knows.',
  'not-an-address': 'not an email address.',
  'template-not-found': 'template not found.',
  'template-outside': 'the template is outside the policy folder and --template-dir.',
  'jinja-template': 'a Jinja template cannot be rendered by c7n-ts.',
  'template-syntax': 'the template does not compile.',
  'bad-priority': 'priority_header must be 1 to 5.',
  ignored: 'ignored by this transport.',
  'misplaced-key': 'this key is not used by this transport (ignored).',
} as const;

type MessageId = keyof typeof messages;

const p = (
  messageId: MessageId,
  message: string,
  path: (string | number)[],
  extra: Partial<Problem> = {},
): Problem => ({ messageId, message, path, ...extra });

/** Which transport keys belong to which transport. */
const TRANSPORT_KEYS: Readonly<Record<string, readonly string[]>> = {
  sqs: ['queue', 'region'],
  sns: ['topic', 'attributes', 'region'],
  ses: ['from', 'region'],
  file: ['path'],
};

export function checkNotify(
  opts: NotifyOptions,
  ctx: Pick<CompileContext, 'baseDir' | 'templateDirs'>,
): Problem[] {
  const out: Problem[] = [];
  const t = opts.transport;
  for (const key of ['to_from', 'cc_from'] as const)
    if (opts[key] !== undefined)
      out.push(
        p('unsupported', `\`${key}\` is not supported by c7n-ts yet.`, [key], {
          at: 'key',
          hint: `list the addresses in \`${key === 'to_from' ? 'to' : 'cc'}\` instead`,
        }),
      );
  // c7n sends with the session it ran with (not the assumed role) when this is false.
  if (opts.assume_role === false)
    out.push(
      p(
        'ignored',
        '`assume_role: false` is ignored: c7n-ts sends with the same credentials as the policy (with --assume-role, the assumed role).',
        ['assume_role'],
        { at: 'key', severity: 'warning' },
      ),
    );
  if (!opts.to?.length && opts.to_from === undefined)
    out.push(p('no-recipients', 'nobody to notify: give `to` (a list of recipients).', []));
  // Cloud Custodian accepts any key in a transport and ignores those it does not use.
  for (const key of Object.keys(t))
    if (key !== 'type' && !TRANSPORT_KEYS[t.type]?.includes(key)) {
      const near = didYouMean(key, TRANSPORT_KEYS[t.type] ?? []);
      out.push(
        p(
          'misplaced-key',
          `\`${key}\` is not a key of transport ${t.type}; it is ignored${near ? `. Did you mean "${near}"?` : '.'}`,
          ['transport', key],
          { at: 'key', severity: 'warning' },
        ),
      );
    }
  if (opts.priority_header !== undefined && !/^[1-5]$/.test(String(opts.priority_header)))
    out.push(
      p(
        'bad-priority',
        `priority_header must be 1 (highest) to 5 (lowest), not ${JSON.stringify(opts.priority_header)}.`,
        ['priority_header'],
      ),
    );
  if (t.type === 'sns')
    // A warning, not an error: policy files shared with Cloud Custodian keep loading, and the
    // action fails at run time without stopping the policy's other actions.
    out.push(
      p(
        'sns-unsupported',
        'transport sns is not supported by c7n-ts yet: this notify action will fail when the policy runs.',
        ['transport', 'type'],
        { severity: 'warning', hint: 'use transport sqs (c7n-mailer) or ses' },
      ),
    );
  if (t.type === 'sqs' && !t.queue)
    out.push(p('missing-queue', 'transport sqs needs `queue` (a queue name, URL or ARN).', ['transport']));
  if (t.type === 'sqs' || t.type === 'sns') {
    // c7n-mailer renders, but the dry-run preview reads the template here.
    if (opts.template) out.push(...outside(opts.template, findTemplate(opts.template, ctx)));
    return out;
  }

  if (t.type === 'ses' && !t.from && !opts.from)
    out.push(
      p('missing-from', 'transport ses needs a sender: `from` in the transport or in the action.', [
        'transport',
      ]),
    );
  for (const key of Object.keys(MAILER_ONLY_KEYS))
    if ((opts as Record<string, unknown>)[key] !== undefined)
      out.push(
        p('ignored', `\`${key}\` is read by c7n-mailer only; transport ${t.type} ignores it.`, [key], {
          severity: 'warning',
          at: 'key',
          hint: 'use transport sqs to have c7n-mailer send this notification',
        }),
      );
  out.push(...checkTargets(opts));
  out.push(...checkTemplates(opts, ctx));
  return out;
}

function checkTargets(opts: NotifyOptions): Problem[] {
  const out: Problem[] = [];
  for (const [i, value] of (opts.to ?? []).entries()) {
    const target = classifyTarget(value);
    if (target.kind === 'elsewhere')
      out.push(
        p('unreachable-target', `c7n-ts sends email only; it cannot deliver to "${value}".`, ['to', i], {
          hint: 'use transport sqs with c7n-mailer for slack:// and webhook targets',
        }),
      );
    else if (target.kind === 'unknown')
      out.push(
        p(
          'unknown-target',
          `"${value}" is not an email address, resource-owner, event-owner or tag:NAME.`,
          ['to', i],
          {
            hint: "c7n-mailer's LDAP and account-emails lookups are not supported by c7n-ts",
          },
        ),
      );
  }
  for (const key of ['cc', 'owner_absent_contact'] as const)
    for (const [i, value] of (opts[key] ?? []).entries())
      if (!isEmail(value)) out.push(p('not-an-address', `"${value}" is not an email address.`, [key, i]));
  return out;
}

function checkTemplates(
  opts: NotifyOptions,
  ctx: Pick<CompileContext, 'baseDir' | 'templateDirs'>,
): Problem[] {
  const out: Problem[] = [];
  if (opts.subject)
    for (const e of templateErrors(opts.subject))
      out.push(p('template-syntax', `the subject does not compile: ${e.message}`, ['subject']));
  const name = opts.template ?? DEFAULT_TEMPLATE;
  const path = opts.template ? ['template'] : [];
  const found = findTemplate(name, ctx, opts.template_format === 'plain');
  if (!found.ok) {
    if (found.reason === 'outside') out.push(...outside(name, found));
    else if (found.reason === 'jinja')
      out.push(
        p(
          'jinja-template',
          `template "${name}" is a Jinja template (${found.path}), which c7n-ts cannot render.`,
          path,
          {
            hint: `write a Handlebars version (${name.replace(/(\.j2)?$/, '').replace(/(\.html)?$/, '.html')}), or use transport sqs so c7n-mailer renders it`,
          },
        ),
      );
    else
      out.push(
        p(
          'template-not-found',
          `template "${name}" not found; looked in ${found.searched.join(', ')}.`,
          path,
          {
            hint: 'add --template-dir DIR, or give a path relative to the policy file',
          },
        ),
      );
    return out;
  }
  const sources: TemplateSource[] = [found.source];
  if (found.source.format === 'html') sources.push(textPartFor(found.source));
  for (const s of sources)
    for (const e of templateErrors(s.text)) out.push(p('template-syntax', describeError(s, e), path));
  return out;
}

function outside(name: string, found: Lookup): Problem[] {
  if (found.ok || found.reason !== 'outside') return [];
  return [
    p(
      'template-outside',
      `template "${name}" is ${OUTSIDE_REASONS[found.why]}; c7n-ts reads templates only from the policy file's folder and --template-dir.`,
      ['template'],
      { hint: 'copy the template beside the policy, or add its folder with --template-dir DIR' },
    ),
  ];
}
