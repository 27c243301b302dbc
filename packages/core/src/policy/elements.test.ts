/** Element-level checks of the loader: item shapes, nested field keys, event filter, conditions. */
import { describe, expect, it } from 'vitest';
import { defineAction } from '../define/index.js';
import type { ElementDecl, Problem } from '../define/types.js';
import { type Diagnostic, formatDiagnostic } from '../diagnostics/types.js';
import { composeRegistry } from '../registry/index.js';
import { testRegistry, valueFilter } from '../testing/test-registry.js';
import { loadPolicies } from './load.js';

const registry = testRegistry();

const load = (text: string) => loadPolicies([{ path: 'p.yml', text }], registry);

function lines(text: string): string[] {
  return load(text).diagnostics.map((d: Diagnostic) => `${formatDiagnostic(d)} [${d.messageId}]`);
}

const policy = (body: string, resource = 'ec2') =>
  `policies:\n  - name: p1\n    resource: ${resource}\n${body}`;

describe('item shapes (the filter engine normalizer, the loader wording)', () => {
  it('an empty type and a non-string mode type are placed at the type value', () => {
    expect(lines(policy('    filters:\n      - type: ""\n    mode:\n      type: 3\n'))).toEqual([
      'p.yml:5:15  policy p1: "type" of a filter must name the filter, not be empty [wrong-type]',
      'p.yml:7:13  policy p1: "type" of a mode must be a string, not an integer [wrong-type]',
    ]);
  });
  it('a block inside a block is validated, and keeps its shape in the loaded data', () => {
    const r = load(policy('    filters:\n      - or:\n          - not: [{State.Name: running}]\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.policies[0]?.data.filters).toEqual([{ or: [{ not: [{ 'State.Name': 'running' }] }] }]);
  });
});

describe('unknown-field: nested keys', () => {
  it('checks each segment against the members of the structure it reads', () => {
    const body = [
      '    filters:',
      '      - State.Nmae: running',
      '      - type: value',
      '        key: Placement.AvailabiltyZone',
      '        value: us-east-1a',
      '      - State.Colour: red',
      '      - Stat.Name: running',
      '',
    ].join('\n');
    expect(lines(policy(body))).toEqual([
      'p.yml:5:9  warning: policy p1: aws.ec2 has no field "State.Nmae"; did you mean "State.Name"? [unknown-field]',
      'p.yml:7:14  warning: policy p1: aws.ec2 has no field "Placement.AvailabiltyZone"; did you mean "Placement.AvailabilityZone"? [unknown-field]',
      'p.yml:9:9  warning: policy p1: aws.ec2 has no field "State.Colour" (a resource without it reads as absent to the filter) [unknown-field]',
      'p.yml:10:9  warning: policy p1: aws.ec2 has no field "Stat"; did you mean "State"? [unknown-field]',
    ]);
  });
  it('stops at indexes, projections and structures it does not know', () => {
    const body = [
      '    filters:',
      '      - State.Name: running',
      '      - "State.Name[0].x": running',
      '      - "Tags[?Key==`a`].Value": b',
      '      - Tags.Whatever: b',
      '      - Placement.HostId.Deeper: x',
      '',
    ].join('\n');
    expect(lines(policy(body))).toEqual([]);
  });
});

describe('event filter outside event modes', () => {
  const event = '      - type: event\n        key: detail.eventName\n        value: RunInstances\n';
  it('is an error without a mode, as in Cloud Custodian, also in conditions and blocks', () => {
    expect(lines(policy(`    filters:\n${event}`))).toEqual([
      'p.yml:5:15  policy p1: filter "event" needs an event mode such as cloudtrail; without "mode" the policy runs in pull mode, which has no event [event-filter-needs-event-mode]',
    ]);
    expect(
      lines(policy(`    conditions:\n      - not:\n  ${event.replace(/\n {8}/g, '\n          ')}`)),
    ).toEqual([
      'p.yml:6:17  policy p1: filter "event" needs an event mode such as cloudtrail; without "mode" the policy runs in pull mode, which has no event [event-filter-needs-event-mode]',
    ]);
  });
  it('is a warning under a mode without events (Cloud Custodian accepts it; it passes everything)', () => {
    expect(
      lines(policy(`    mode: {type: periodic, schedule: rate(1 day)}\n    filters:\n${event}`)),
    ).toEqual([
      'p.yml:6:15  warning: policy p1: filter "event" has no event to read in mode "periodic"; every resource passes it (use an event mode such as cloudtrail) [event-filter-needs-event-mode]',
    ]);
    expect(lines(policy(`    mode: {type: pull}\n    filters:\n${event}`))).toHaveLength(1);
  });
  it('is fine under an event mode', () => {
    expect(
      lines(policy(`    mode: {type: cloudtrail, events: [RunInstances]}\n    filters:\n${event}`)),
    ).toEqual([]);
  });
});

describe('conditions keys', () => {
  it('warns on a key none of region, account_id, now, policy, name, resource, provider', () => {
    const body = [
      '    conditions:',
      '      - type: value',
      '        key: regoin',
      '        value: us-east-1',
      '      - State.Name: running',
      '      - account_id: "123"',
      '      - policy.name: p1',
      '      - type: value',
      '        key: now',
      '        value_type: date',
      '        op: gt',
      '        value: "2024-01-01"',
      '',
    ].join('\n');
    expect(lines(policy(body))).toEqual([
      'p.yml:6:14  warning: policy p1: conditions have no field "regoin"; did you mean "region"? [unknown-field]',
      'p.yml:8:9  warning: policy p1: conditions have no field "State" (conditions read account_id, name, now, policy, provider, region, resource) [unknown-field]',
    ]);
  });
});

describe('check sees the policy around the element', () => {
  // As Cloud Custodian's validate reads manager.data: an action that needs a filter before it.
  const needsValue = defineAction({
    type: 'needs-value',
    resources: '*',
    options: { type: 'object', additionalProperties: false, properties: {} } as const,
    permissions: [],
    doc: { summary: 'Needs a value filter.', example: '- needs-value' },
    check(_opts, ctx): Problem[] {
      const filters = Array.isArray(ctx.policy?.filters) ? ctx.policy.filters : [];
      // As written: the shorthand `{State.Name: running}`, not yet `{type: value, key: ...}`.
      const has = filters.some((f) => typeof f === 'object' && f !== null && 'State.Name' in f);
      return has ? [] : [{ messageId: 'needs-value-filter', message: 'needs a value filter' }];
    },
    plan: () => [],
  });
  const ec2 = registry.resource('aws.ec2');
  if (!ec2) throw new Error('test registry has no aws.ec2');
  const reg = composeRegistry({
    resources: [ec2],
    sources: [{ origin: 't', elements: [valueFilter, needsValue] as unknown as ElementDecl[] }],
  });
  const check = (body: string) =>
    loadPolicies([{ path: 'p.yml', text: policy(body) }], reg).diagnostics.map((d) => d.messageId);
  it('finds the sibling filter, and reports its absence at the action', () => {
    expect(check('    filters:\n      - State.Name: running\n    actions:\n      - needs-value\n')).toEqual(
      [],
    );
    expect(check('    actions:\n      - needs-value\n')).toEqual(['needs-value-filter']);
  });
});
