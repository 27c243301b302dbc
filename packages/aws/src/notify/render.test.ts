import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { composeMessages, templatesFor } from './compose.js';
import { consoleLink } from './console-links.js';
import type { NotifyOptions } from './options.js';
import { cellText, formatDate, render, templateContext } from './render.js';
import { actionContext, instance } from './test-fixtures.js';

const opts = (o: Partial<NotifyOptions> = {}): NotifyOptions => ({
  to: ['resource-owner'],
  owner_absent_contact: ['cloud@example.com'],
  violation_desc: 'No Application tag',
  action_desc: 'Tag them within 7 days',
  transport: { type: 'file' },
  ...o,
});

function compose(
  o: NotifyOptions,
  resources = [instance('i-1', { Name: 'web-1', Owner: 'alice@example.com' })],
) {
  const ctx = actionContext();
  return composeMessages(resources, o, ctx, templatesFor(o, ctx));
}

function parseErrors(html: string): string[] {
  const errors: string[] = [];
  parseHtml(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return errors;
}

describe('default templates', () => {
  const resources = [
    instance('i-1', { Name: 'web-1', Owner: 'alice@example.com' }),
    instance('i-2', { Name: '<script>alert(1)</script>', Owner: 'alice@example.com' }),
  ];
  const { messages } = compose(opts(), resources);
  const [m] = messages;

  it('renders one message for the owner with both resources', () => {
    expect(messages).toHaveLength(1);
    expect(m?.to).toEqual(['alice@example.com']);
    expect(m?.resourceIds).toEqual(['i-1', 'i-2']);
    expect(m?.subject).toBe('Custodian notification - ec2-untagged');
  });

  it('default.html is well-formed HTML (parse5 reports no error) with the resources and their links', () => {
    expect(parseErrors(m!.html)).toEqual([]);
    // Handlebars escapes `=` in attribute values as &#x3D;, which browsers decode.
    for (const s of [
      'ec2-untagged',
      'Instances without an Application tag',
      '123456789012',
      'us-east-1',
      'No Application tag',
      'Tag them within 7 days',
      'i-1',
      'web-1',
      't3.small',
      'running',
      'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=i-1',
      'Sent by c7n-ts',
    ])
      expect(m!.html.replaceAll('&#x3D;', '=')).toContain(s);
  });

  it('escapes resource data: a <script> tag value arrives as text', () => {
    expect(m!.html).not.toContain('<script>');
    expect(m!.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The text part is not HTML: no entities there.
    expect(m!.text).toContain('i-2 (<script>alert(1)</script>)');
  });

  it('default.txt has the same content', () => {
    for (const s of [
      'Policy: ec2-untagged',
      'Violation: No Application tag',
      'Action taken: Tag them within 7 days',
    ])
      expect(m!.text).toContain(s);
    expect(m!.text).toContain('- i-1 (web-1)\n    Type: t3.small\n    State: running');
  });

  it('renders the subject as a template, without HTML escaping', () => {
    const [s] = compose(opts({ subject: '[{{ account }} - {{ region }}] {{ policy.name }} & co' })).messages;
    expect(s?.subject).toBe('[123456789012 - us-east-1] ec2-untagged & co');
  });

  it('a text template gets an escaped <pre> HTML part', () => {
    const [t] = compose(opts({ template: 'default.txt' })).messages;
    expect(t?.text).toContain('Policy: ec2-untagged');
    expect(t?.html).toContain('<pre');
    expect(parseErrors(t!.html)).toEqual([]);
  });

  it('carries priority_header as a string', () => {
    expect(compose(opts({ priority_header: 2 })).messages[0]?.priority).toBe('2');
  });
});

describe('helpers', () => {
  const ctx = actionContext();
  const r = instance(
    'i-9',
    { Name: 'db', Owner: 'o@example.com' },
    { LaunchTime: '2024-03-05T07:08:09.000Z' },
  );
  const context = templateContext({ resources: [r], ctx, options: {}, recipients: ['a@example.com'] });
  const one = (t: string) => render(`{{#each resources}}${t}{{/each}}`, context);

  it.each([
    ['{{tag this "Name"}}', 'db'],
    ['{{resource_tag this "Owner"}}', 'o@example.com'],
    ['{{tag this "Missing"}}', ''],
    ['{{resource_id this}}', 'i-9'],
    ['{{resource_name this}}', 'db'],
    ['{{date LaunchTime "YYYY-MM-DD"}}', '2024-03-05'],
    ['{{date LaunchTime}}', '2024-03-05 07:08 UTC'],
    ['{{#if (eq InstanceType "t3.small")}}small{{/if}}', 'small'],
    ['{{#if (or false (not false))}}yes{{/if}}', 'yes'],
    [
      '{{console_link this}}',
      'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=i-9',
    ],
  ])('%s -> %s', (t, want) => expect(one(t)).toBe(want.replaceAll('=', '&#x3D;')));

  it('json and the c7n-mailer context names', () => {
    expect(render('{{{json (lookup resources 0)}}}', context)).toContain('"InstanceId": "i-9"');
    expect(render('{{account_id}} {{region}} {{recipient}} {{execution_start}}', context)).toBe(
      '123456789012 us-east-1 a@example.com 2024-01-01T23:30:00.000Z',
    );
  });

  it('formats cells and dates', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText(true)).toBe('true');
    // Fetched resources carry the SDK's Date objects.
    expect(cellText(new Date(Date.UTC(2024, 1, 3, 4, 5)))).toBe('2024-02-03 04:05 UTC');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate(Date.UTC(2024, 0, 2, 3, 4, 5), 'DD/MM/YYYY HH:mm:ss')).toBe('02/01/2024 03:04:05');
  });
});

describe('console links', () => {
  it.each([
    [
      'aws.ebs',
      'vol-1',
      'us-west-2',
      'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#VolumeDetails:volumeId=vol-1',
    ],
    [
      'aws.s3',
      'my-bucket',
      'eu-west-1',
      'https://console.aws.amazon.com/s3/buckets/my-bucket?region=eu-west-1',
    ],
    [
      'aws.rds',
      'db1',
      'cn-north-1',
      'https://cn-north-1.console.amazonaws.cn/rds/home?region=cn-north-1#database:id=db1;is-cluster=false',
    ],
    [
      'aws.security-group',
      'sg-1',
      'us-gov-west-1',
      'https://us-gov-west-1.console.amazonaws-us-gov.com/ec2/home?region=us-gov-west-1#SecurityGroup:groupId=sg-1',
    ],
  ])('%s %s in %s', (type, id, region, url) => expect(consoleLink(type, id, region)).toBe(url));

  it('has none for unknown types and isolated partitions', () => {
    expect(consoleLink('aws.lambda', 'f', 'us-east-1')).toBeUndefined();
    expect(consoleLink('aws.ec2', 'i-1', 'us-iso-east-1')).toBeUndefined();
  });
});
