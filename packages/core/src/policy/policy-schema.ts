/**
 * The policy-level schema: the keys Cloud Custodian accepts on a policy (c7n/schema.py and
 * c7n/structure.py). Filters, actions and mode are only shaped here; each item is validated
 * against its own declaration afterwards so errors name the element, never an anyOf dump.
 */

/** `^[A-Za-z0-9][A-Za-z0-9_-]*$`: safe as a Lambda function name and an S3 key part. */
export const POLICY_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';

/** Keys Cloud Custodian accepts that the c7n-ts engine stores but does not act on (yet). */
export const IGNORED_POLICY_KEYS: readonly string[] = ['tz', 'title'];

export const maxResourcesObject = {
  type: 'object',
  additionalProperties: false,
  description: 'Stop before acting when more than `amount` resources and/or `percent` percent match.',
  properties: {
    amount: { type: 'integer', minimum: 1, description: 'Largest number of resources to act on.' },
    op: {
      enum: ['or', 'and'],
      default: 'or',
      description: 'Trip when either limit (or) or both (and) are exceeded.',
    },
    percent: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'Largest share of resources to act on.',
    },
  },
} as const;

export const policyProperties = {
  name: {
    type: 'string',
    pattern: POLICY_NAME_PATTERN,
    description: 'Unique name: letters, digits, "-" and "_", starting with a letter or digit.',
  },
  resource: { type: 'string', description: 'Resource type, e.g. `aws.ec2` (or the short form `ec2`).' },
  title: { type: 'string', description: 'A short title (informational).' },
  description: { type: 'string', description: 'What the policy does and why.' },
  comment: { type: 'string', description: 'Free text (informational).' },
  comments: { type: 'string', description: 'Free text (informational).' },
  tags: { type: 'array', items: { type: 'string' }, description: 'Labels for selecting policies to run.' },
  metadata: { type: 'object', description: 'Free-form data carried with the policy.' },
  filters: { type: 'array', default: [], description: 'Filters every matched resource must pass.' },
  actions: { type: 'array', default: [], description: 'Actions applied to the matched resources.' },
  mode: { type: 'object', description: 'How and when the policy runs; `pull` when omitted.' },
  conditions: {
    type: 'array',
    description: 'Filters over {region, account_id, now, policy}; the policy runs only when all pass.',
  },
  'max-resources': {
    anyOf: [{ type: 'integer', minimum: 1 }, maxResourcesObject],
    description: 'Circuit breaker: do not act when more resources than this match.',
  },
  'max-resources-percent': {
    type: 'number',
    minimum: 0,
    maximum: 100,
    description: 'Circuit breaker: do not act when more than this percentage of resources match.',
  },
  region: { type: 'string', description: 'Region the policy runs in (legacy; prefer conditions).' },
  query: {
    type: 'array',
    items: { type: 'object' },
    description:
      "Server-side filters passed to the list call (the resource type's list parameters or Filters), as in Cloud Custodian.",
  },
  source: {
    type: 'string',
    description:
      'Where resources are listed from: `describe` (the default) or, for types AWS Config records, `config`. Checked against the resource type.',
  },
  tz: {
    type: 'string',
    description:
      'A time zone name, checked and otherwise unused (as in Cloud Custodian: start and end without an offset are UTC).',
  },
  start: {
    type: 'string',
    description: 'Do not run before this date (legacy; Cloud Custodian turns it into a condition on `now`).',
  },
  end: {
    type: 'string',
    description: 'Do not run after this date (legacy; Cloud Custodian turns it into a condition on `now`).',
  },
} as const;

export const policySchema = {
  type: 'object',
  required: ['name', 'resource'],
  additionalProperties: false,
  properties: policyProperties,
} as const;

/** A whole file: `policies` plus Cloud Custodian's `vars` block (a home for YAML anchors). */
export const FILE_KEYS: readonly string[] = ['policies', 'vars'];
