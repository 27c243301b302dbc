/**
 * A small registry of fake `aws.*` types and elements for the loader and schema-gen tests,
 * so they do not depend on the real AWS provider or the filter engine.
 */
import { defineAction, defineFilter, defineMode, defineResource } from '../define/index.js';
import type { ElementDecl, Problem } from '../define/types.js';
import { type CatalogueInput, composeRegistry, type Registry } from '../registry/index.js';

const doc = (summary: string, example: string) => ({ summary, example });

const resource = (type: string, fields: string[], taggable = true) =>
  defineResource({
    type,
    provider: 'aws',
    aliases: [type.slice(4)],
    id: fields[0] ?? 'Id',
    taggable,
    fields,
    permissions: [],
    doc: doc(`Fake ${type}.`, `policies:\n  - name: x\n    resource: ${type}`),
    source: {},
  });

const never = () => ({ kind: 'match', match: () => false }) as const;

export const valueFilter = defineFilter({
  type: 'value',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: { type: 'string', description: 'Field to read.' },
      value: {
        type: ['string', 'number', 'boolean', 'null', 'array'],
        description: 'Value to compare with.',
      },
      op: {
        enum: ['eq', 'equal', 'ne', 'gt', 'lt', 'in', 'regex'],
        default: 'eq',
        description: 'Comparison.',
      },
      value_type: { enum: ['age', 'date', 'size'], description: 'Coercion.' },
    },
  } as const,
  permissions: [],
  doc: doc('Compares a field with a value.', '- type: value\n  key: State.Name\n  value: running'),
  check(opts): Problem[] {
    if (opts.op !== 'regex' || typeof opts.value !== 'string') return [];
    try {
      new RegExp(opts.value);
      return [];
    } catch {
      return [
        {
          messageId: 'invalid-regex',
          message: `invalid regular expression ${JSON.stringify(opts.value)}`,
          path: ['value'],
        },
      ];
    }
  },
  compile: never,
});

const eventFilter = defineFilter({
  type: 'event',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { key: { type: 'string', description: 'Event path.' }, value: { description: 'Expected.' } },
  } as const,
  permissions: [],
  doc: doc(
    'Compares a field of the triggering event.',
    '- type: event\n  key: detail.eventName\n  value: RunInstances',
  ),
  compile: never,
});

const instanceAge = defineFilter({
  type: 'instance-age',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      days: { type: 'number', minimum: 0, description: 'Age in days.' },
      op: { enum: ['greater-than', 'less-than'], default: 'greater-than', description: 'Comparison.' },
    },
  } as const,
  permissions: [],
  doc: doc('Instances older than a threshold.', '- type: instance-age\n  days: 30'),
  compile: never,
});

const markedForOp = defineFilter({
  type: 'marked-for-op',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: { type: 'string', description: 'Action.' },
      tag: { type: 'string', description: 'Tag.' },
    },
  } as const,
  permissions: [],
  doc: doc('Resources marked for a later action.', '- type: marked-for-op\n  op: stop'),
  deprecated: undefined,
  compile: never,
});

const oldFilter = defineFilter({
  type: 'old-filter',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: doc('An old filter.', '- old-filter'),
  deprecated: { since: '0.2.0', message: 'it never worked', replacement: 'instance-age' },
  compile: never,
});

const plan = () => [];

const stop = defineAction({
  type: 'stop',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { hibernate: { type: 'boolean', default: false, description: 'Hibernate.' } },
  } as const,
  permissions: ['ec2:StopInstances'],
  doc: doc('Stops instances.', '- stop'),
  plan,
});

const del = defineAction({
  type: 'delete',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: doc('Deletes.', '- delete'),
  plan,
});

const tag = defineAction({
  type: 'tag',
  resources: 'taggable',
  aliases: ['mark'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      key: { type: 'string', description: 'Tag key.' },
      value: { type: 'string', description: 'Tag value.' },
      tags: { type: 'object', additionalProperties: { type: 'string' }, description: 'Tags.' },
    },
  } as const,
  permissions: [],
  doc: doc('Tags resources.', '- type: tag\n  key: Owner\n  value: me'),
  plan,
});

const markForOp = defineAction({
  type: 'mark-for-op',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['op'],
    properties: {
      op: { type: 'string', description: 'Action to run later.' },
      days: { type: 'number', minimum: 0, description: 'Days from now.' },
    },
  } as const,
  permissions: [],
  doc: doc('Tags resources for a later action.', '- type: mark-for-op\n  op: stop\n  days: 4'),
  plan,
});

const notify = defineAction({
  type: 'notify',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      subject: { type: 'string', description: 'Subject.' },
      to: { type: 'array', items: { type: 'string' }, description: 'Recipients.' },
    },
  } as const,
  permissions: [],
  doc: doc('Sends a message.', '- type: notify\n  to: [me]'),
  plan,
});

const pull = defineMode({
  type: 'pull',
  resources: '*',
  serverless: false,
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: doc('Runs from the CLI.', 'type: pull'),
});

const periodic = defineMode({
  type: 'periodic',
  resources: '*',
  serverless: true,
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['schedule'],
    properties: {
      schedule: { type: 'string', description: 'rate() or cron().' },
      role: { type: 'string', description: 'Role.' },
      'member-role': { type: 'string', description: 'Member role.' },
    },
  } as const,
  permissions: [],
  doc: doc('Runs on a schedule.', 'type: periodic\nschedule: rate(1 day)'),
});

const KNOWN_EVENTS = ['RunInstances', 'CreateBucket'];

const cloudtrail = defineMode({
  type: 'cloudtrail',
  resources: ['aws.ec2'],
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['events'],
    properties: { events: { type: 'array', items: { type: 'string' }, description: 'Events.' } },
  } as const,
  permissions: [],
  doc: doc('Runs on API calls.', 'type: cloudtrail\nevents: [RunInstances]'),
  check(opts): Problem[] {
    return (opts.events as string[]).flatMap((e, i) =>
      KNOWN_EVENTS.includes(e)
        ? []
        : [{ messageId: 'unknown-event', message: `unknown event "${e}"`, path: ['events', i] }],
    );
  },
});

const ELEMENTS: readonly ElementDecl[] = [
  valueFilter,
  eventFilter,
  instanceAge,
  markedForOp,
  oldFilter,
  stop,
  del,
  tag,
  markForOp,
  notify,
] as unknown as ElementDecl[];
const MODES: readonly ElementDecl[] = [pull, periodic, cloudtrail] as unknown as ElementDecl[];

/** `catalogue`: another engine's names, for the "not supported yet" tests. */
export function testRegistry(catalogue?: CatalogueInput): Registry {
  return composeRegistry({
    resources: [
      {
        ...resource('aws.ec2', ['InstanceId', 'State', 'Tags', 'LaunchTime', 'InstanceType', 'Placement']),
        query: {
          kind: 'parser',
          label: 'EC2',
          params: { InstanceIds: 'string', MaxResults: 'integer' },
          filters: { 'instance-state-name': ['pending', 'running', 'stopped'], 'instance-id': 'string' },
          single: ['MaxResults'],
        },
        nestedFields: {
          State: ['Code', 'Name'],
          Placement: ['AvailabilityZone', 'GroupName', 'HostId'],
        },
      },
      { ...resource('aws.rds', ['DBInstanceIdentifier', 'Engine']), otherSources: { config: [] } },
      resource('aws.kms-key', ['KeyId', 'KeyState', 'KeyManager']),
      resource('aws.s3', [], true),
    ],
    sources: [
      { origin: 'test', elements: ELEMENTS },
      { origin: 'test-modes', elements: MODES },
    ],
    ...(catalogue ? { catalogue } : {}),
  });
}
