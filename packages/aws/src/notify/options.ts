/**
 * The options schema of `notify`: Cloud Custodian's keys (c7n/actions/notify.py plus the keys
 * c7n-mailer reads from the action: violation_desc, action_desc, priority_header, ...) and our
 * own transports `ses` and `file`. Per-transport rules live in `check.ts`, so a mistake gets
 * one sentence instead of a oneOf dump.
 */
import type { OptionsOf } from '@c7n-ts/core';

const addresses = (description: string) =>
  ({ type: 'array', items: { type: 'string' }, description }) as const;

/** c7n's `ValuesFrom` shape, accepted so c7n policies load; `check` says it is not supported. */
const valuesFrom = (what: string) =>
  ({
    type: 'object',
    description: `Cloud Custodian reads extra ${what} addresses from a file or URL. Not supported by c7n-ts yet.`,
  }) as const;

export const TRANSPORT_TYPES = ['sqs', 'sns', 'ses', 'file'] as const;

const forMailer = (what: string) =>
  `c7n-mailer: ${what}. Passed on as written with transport sqs; ignored (with a warning) by ses and file.`;

/**
 * Keys c7n-mailer (or its forks) read from the action. Cloud Custodian's notify schema does not
 * close the action, so policies carry them; c7n-ts renders with none of them.
 */
export const MAILER_ONLY_KEYS = {
  cc_manager: {
    type: 'boolean',
    description: forMailer("also copy the owner's manager (LDAP)"),
  },
  email_ldap_username_manager: {
    type: 'boolean',
    description: forMailer("look up the owner's manager by LDAP user name"),
  },
  resource_ldap_lookup_username: {
    type: 'boolean',
    description: forMailer('resolve resource owners by LDAP user name'),
  },
  slack_template: { type: 'string', description: forMailer('template for slack:// targets') },
  template_slack: { type: 'string', description: forMailer('template for slack:// targets (older name)') },
  slack_msg_color: { type: 'string', description: forMailer('colour of the Slack attachment') },
  sender_email: {
    type: 'string',
    description: forMailer("sender address (a mailer fork's name for `from`)"),
  },
  email_base_url: {
    type: 'string',
    description: forMailer('domain appended to owner names that are not addresses (mailer.yml setting)'),
  },
  message: { description: forMailer('free text for custom templates') },
  body: { description: forMailer('free text or fields for custom templates') },
  format: { type: 'string', description: forMailer('output format for custom templates') },
} as const;

export const transportSchema = {
  type: 'object',
  // Open, as in Cloud Custodian: a key the transport does not use is a warning (check.ts).
  additionalProperties: true,
  required: ['type'],
  description:
    'Where the notification goes: `sqs` (a c7n-mailer queue, which renders and sends), `ses` (c7n-ts renders and sends with SES), `file` (c7n-ts renders into the output directory only). `sns` is not supported yet.',
  properties: {
    type: { enum: TRANSPORT_TYPES, description: 'The transport.' },
    queue: {
      type: 'string',
      description: 'sqs: the queue name, URL or ARN c7n-mailer reads.',
    },
    topic: { type: 'string', description: 'sns: the topic name or ARN (not supported yet).' },
    attributes: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'sns: extra message attributes (not supported yet).',
    },
    from: { type: 'string', description: 'ses: the sender address, verified in SES.' },
    region: {
      type: 'string',
      description: "sqs/ses: region of the queue or of SES, when not the policy's.",
    },
    path: {
      type: 'string',
      pattern: '^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$',
      description:
        "file: folder for the rendered emails, relative to the policy's output directory (default `notify`).",
    },
  },
} as const;

export const notifyOptions = {
  type: 'object',
  additionalProperties: false,
  required: ['transport'],
  properties: {
    to: addresses(
      "Recipients: email addresses, `resource-owner` (the address in the resource's contact tags), `event-owner` (who made the CloudTrail call), `tag:NAME` (the address in tag NAME). With transport sqs, anything c7n-mailer accepts (slack://..., https://...).",
    ),
    cc: addresses('Copied on every message.'),
    owner_absent_contact: addresses('Who hears about resources for which `resource-owner` finds no address.'),
    to_from: valuesFrom('recipient'),
    cc_from: valuesFrom('cc'),
    ...MAILER_ONLY_KEYS,
    from: { type: 'string', description: "Sender address; overrides the transport's `from`." },
    subject: {
      type: 'string',
      description:
        'Subject template (`{{ account }}`, `{{ region }}`, `{{ policy.name }}`...). Default: "Custodian notification - POLICY".',
    },
    template: {
      type: 'string',
      // No schema default: the sqs transport hands the options to c7n-mailer as written.
      description:
        'Body template (default `default.html`): a Handlebars file found in --template-dir, beside the policy file, or a built-in (`default.html`, `default.txt`; c7n-mailer names like `default` and `default.html.j2` map to them). A `NAME.txt` beside a custom HTML template is its text part.',
    },
    template_format: {
      enum: ['html', 'plain'],
      description: 'c7n-mailer: the MIME type of the body. c7n-ts always sends both an HTML and a text part.',
    },
    violation_desc: {
      type: 'string',
      description: 'What is wrong with the resources; shown by the templates.',
    },
    action_desc: { type: 'string', description: 'What was done about it; shown by the templates.' },
    priority_header: {
      type: ['string', 'integer'],
      description: 'Email priority 1 (highest) to 5 (lowest): X-Priority and related headers.',
    },
    contact_tags: {
      type: 'array',
      items: { type: 'string' },
      description:
        "Tags holding an owner's address for `resource-owner` (c7n-mailer's `contact_tags` setting). Default: OwnerContact, OwnerEmail, Owner.",
    },
    org_domain: {
      type: 'string',
      description:
        "c7n-mailer's `org_domain`: appended (`user@DOMAIN`) to owner names that are not addresses, for `event-owner` and `resource-owner`.",
    },
    assume_role: {
      type: 'boolean',
      description:
        "Cloud Custodian: send with the policy's assumed role (the default) or, when false, with the credentials it started with. c7n-ts always sends with the policy's credentials; false is a warning.",
    },
    transport: transportSchema,
  },
} as const;

export type NotifyOptions = OptionsOf<typeof notifyOptions>;
export type TransportOptions = NotifyOptions['transport'];

/** c7n-mailer's contact tags as its sample mailer.yml lists them, plus our examples' `Owner`. */
export const DEFAULT_CONTACT_TAGS = ['OwnerContact', 'OwnerEmail', 'Owner'];

/** True for transports where c7n-ts renders and addresses the message itself. */
export const rendersItself = (t: TransportOptions) => t.type === 'ses' || t.type === 'file';
