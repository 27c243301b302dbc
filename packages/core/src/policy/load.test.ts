import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../diagnostics/types.js';
import { testRegistry } from '../testing/test-registry.js';
import { type LoadOptions, loadPolicies } from './load.js';

const registry = testRegistry();

function load(text: string, options: LoadOptions = {}, path = 'p.yml') {
  return loadPolicies([{ path, text }], registry, options);
}

/** `file:line:col  message [id]` for each diagnostic: position, id and text in one string. */
function lines(text: string, options: LoadOptions = {}): string[] {
  return load(text, options).diagnostics.map((d: Diagnostic) => `${formatDiagnostic(d)} [${d.messageId}]`);
}

const policy = (body: string, name = 'p1', resource = 'ec2') =>
  `policies:\n  - name: ${name}\n    resource: ${resource}\n${body}`;

describe('loadPolicies: valid input', () => {
  it('loads a policy with defaults applied and the full type name', () => {
    const r = load(
      policy(
        '    filters:\n      - "tag:Owner": absent\n      - type: instance-age\n        days: 3\n    actions:\n      - stop\n',
      ),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.policies).toHaveLength(1);
    const p = r.policies[0]!;
    expect(p.name).toBe('p1');
    expect(p.resourceType).toBe('aws.ec2');
    expect(p.file).toBe('p.yml');
    expect(p.index).toBe(0);
    expect(p.location).toEqual({ line: 2, col: 5 });
    expect(p.data).toEqual({
      name: 'p1',
      resource: 'ec2',
      filters: [{ 'tag:Owner': 'absent' }, { type: 'instance-age', days: 3, op: 'greater-than' }],
      actions: [{ type: 'stop', hibernate: false }],
      mode: { type: 'pull' },
    });
    expect(p.nodes?.locate(['filters', 1, 'days'])).toEqual({ line: 7, col: 15 });
    expect(p.nodes?.locate(['filters', 1, 'days'], 'key')).toEqual({ line: 7, col: 9 });
  });

  it('accepts JSON with positions', () => {
    const text =
      '{"policies": [{"name": "j", "resource": "aws.ec2",\n  "filters": [{"type": "instance-agee"}]}]}';
    expect(lines(text)).toEqual([
      'p.yml:2:24  policy j: unknown filter "instance-agee"; did you mean "instance-age"? [unknown-filter]',
    ]);
  });

  it('accepts vars anchors, nested blocks, conditions and the legacy keys Cloud Custodian accepts', () => {
    const text = [
      'vars:',
      '  running: &running',
      '    State.Name: running',
      'policies:',
      '  - name: p1',
      '    resource: aws.ec2',
      '    title: t',
      '    comment: c',
      '    comments: c',
      '    description: d',
      '    tags: [a]',
      '    metadata: {owner: me}',
      '    region: us-east-1',
      '    tz: UTC',
      '    start: "2024-01-01"',
      '    source: describe',
      '    query: [{instance-state-name: running}]',
      '    max-resources: {amount: 5, op: and, percent: 10}',
      '    max-resources-percent: 20',
      '    conditions:',
      '      - type: value',
      '        key: region',
      '        value: us-east-1',
      '      - not: [{account_id: "1"}]',
      '    filters:',
      '      - *running',
      '      - or:',
      '          - and: [{InstanceType: t2.micro}]',
      '          - not: [old-filter]',
      '    mode: {type: periodic, schedule: rate(1 day)}',
    ].join('\n');
    const r = load(text);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'p.yml:29:19  warning: policy p1: filter "old-filter" is deprecated since 0.2.0: it never worked (use "instance-age")',
    ]);
    expect(r.policies).toHaveLength(1);
    expect(r.policies[0]!.data.filters).toEqual([
      { 'State.Name': 'running' },
      { or: [{ and: [{ InstanceType: 't2.micro' }] }, { not: [{ type: 'old-filter' }] }] },
    ]);
  });

  it('reads files by path and reports unreadable ones', () => {
    const r = loadPolicies(['/nonexistent/x.yml'], registry);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      messageId: 'file-unreadable',
      file: '/nonexistent/x.yml',
      line: 0,
    });
  });
});

describe('loadPolicies: YAML syntax', () => {
  it('reports a duplicate key at the duplicate', () => {
    expect(lines(policy('    resource: rds\n'))).toEqual([
      'p.yml:4:5  duplicate key in mapping; each key may appear once\n        resource: rds\n        ^ [yaml-syntax]',
    ]);
  });
  it('reports tab indentation once, at the tab', () => {
    expect(lines('policies:\n\t- name: x\n')).toEqual([
      'p.yml:2:1  a tab indents this line; YAML cannot be indented with tabs, use spaces\n    \t- name: x\n    ^ [yaml-syntax]',
    ]);
  });
  it('reports a syntax error where it is, with the line and a caret', () => {
    // The parser meets the end of the file; the caret goes after its last character.
    expect(lines('policies:\n  - name: [x\n')).toEqual([
      'p.yml:2:13  Flow sequence in block collection must be sufficiently indented and end with a ] (at the end of the file)\n      - name: [x\n                ^ [yaml-syntax]',
    ]);
    // A misindented key: at the key, past the indentation, where PyYAML points too.
    expect(lines('policies:\n  - name: a\n    resource: aws.ec2\n   filters: []\n')).toEqual([
      'p.yml:4:4  Sequence item without - indicator\n       filters: []\n       ^ [yaml-syntax]',
    ]);
  });
  it('reports an empty file and a non-mapping file at 1:1', () => {
    expect(lines('')).toEqual([
      'p.yml:1:1  the file is empty; expected a mapping with a "policies" list [invalid-file]',
    ]);
    expect(lines('- a\n')).toEqual([
      'p.yml:1:1  the file must be a mapping with a "policies" list, not a list [invalid-file]',
    ]);
  });
});

describe('loadPolicies: file and policy shape', () => {
  it('unknown top-level key gets a suggestion and stops the file', () => {
    expect(lines('policy:\n  - name: x\n')).toEqual([
      'p.yml:1:1  unknown key "policy" at the top of the file; did you mean "policies"? [unknown-key]',
    ]);
    expect(lines('vars: {}\n')).toEqual([
      'p.yml:1:1  missing required key "policies" in the file [missing-key]',
    ]);
    const r = load(`${policy('')}extra: 1\n`);
    expect(r.policies).toEqual([]);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'p.yml:4:1  unknown key "extra" at the top of the file; expected "policies" (and optionally "vars")',
    ]);
  });
  it('policies must be a list of mappings', () => {
    expect(lines('policies: 3\n')).toEqual([
      'p.yml:1:11  "policies" must be a list, not an integer [wrong-type]',
    ]);
    expect(lines('policies:\n  - just-a-name\n')).toEqual([
      'p.yml:2:5  a policy must be a mapping, not a string [wrong-type]',
    ]);
  });
  it('unknown policy key: at the key, with did-you-mean', () => {
    expect(lines(policy('    filter:\n      - stop\n'))).toEqual([
      'p.yml:4:5  policy p1: unknown key "filter" in policy; did you mean "filters"? [unknown-key]',
    ]);
  });
  it('misspelt required key is one error, not two', () => {
    expect(lines('policies:\n  - nme: x\n    resource: ec2\n')).toEqual([
      'p.yml:2:5  unknown key "nme" in policy; did you mean "name"? [unknown-key]',
    ]);
  });
  it('missing required key: at the mapping first key', () => {
    expect(lines('policies:\n  - name: p1\n    filters: []\n')).toEqual([
      'p.yml:2:5  policy p1: missing required key "resource" in policy [missing-key]',
    ]);
  });
  it('wrong type: at the value', () => {
    expect(lines(policy('    filters: stop\n'))).toEqual([
      'p.yml:4:14  policy p1: "filters" must be a list, not a string [wrong-type]',
    ]);
    expect(lines(policy('    tags: [1]\n'))).toEqual([
      'p.yml:4:12  policy p1: "tags[0]" must be a string, not an integer [wrong-type]',
    ]);
  });
  it('anyOf errors collapse into one sentence', () => {
    expect(lines(policy('    max-resources: lots\n'))).toEqual([
      'p.yml:4:20  policy p1: "max-resources" must be an integer or a mapping, not a string [wrong-type]',
    ]);
    expect(lines(policy('    max-resources: {amount: 0, op: nor}\n'))).toEqual([
      'p.yml:4:29  policy p1: "max-resources.amount" must be >= 1, got 0 [out-of-range]',
      'p.yml:4:36  policy p1: invalid value "nor" for "max-resources.op"; did you mean "or"? [invalid-value]',
    ]);
  });
  it('a source the resource type lacks is refused at its value, naming the sources it has', () => {
    expect(lines(policy('    source: somewhere\n'))).toEqual([
      'p.yml:4:13  policy p1: resource type aws.ec2 has no source "somewhere" (its sources: describe) [unsupported-source]',
    ]);
  });
  it('start and end must be dates and tz a time zone (c7n validate_policy_start_stop)', () => {
    expect(lines(policy('    start: soon\n    end: "2027-01-01"\n    tz: Mars/Olympus\n'))).toEqual([
      'p.yml:4:12  policy p1: start "soon" is not a date (e.g. 2026-12-24 or 2026-12-24T18:00:00Z) [invalid-date]',
      'p.yml:6:9  policy p1: tz "Mars/Olympus" is not a time zone (e.g. UTC, America/New_York) [invalid-tz]',
    ]);
  });
  it('range', () => {
    expect(lines(policy('    max-resources-percent: 120\n'))).toEqual([
      'p.yml:4:28  policy p1: "max-resources-percent" must be <= 100, got 120 [out-of-range]',
    ]);
  });
  it('invalid policy name', () => {
    expect(lines(policy('', 'bad name!'))).toEqual([
      'p.yml:2:11  policy bad name!: invalid policy name "bad name!": use letters, digits, "-" and "_", starting with a letter or digit [invalid-name]',
    ]);
  });
  it('unknown resource type with suggestion from the registry', () => {
    expect(lines(policy('', 'p1', 'aws.ec3'))).toEqual([
      'p.yml:3:15  policy p1: unknown resource type "aws.ec3"; did you mean "aws.ec2"? [unknown-resource]',
    ]);
    expect(lines(policy('', 'p1', 'rdss'))).toEqual([
      'p.yml:3:15  policy p1: unknown resource type "rdss"; did you mean "rds"? [unknown-resource]',
    ]);
  });
  it('duplicate names across files: an error at each', () => {
    const r = loadPolicies(
      [
        { path: 'a.yml', text: policy('') },
        { path: 'b.yml', text: `# c\n${policy('', 'p1', 'rds')}` },
      ],
      registry,
    );
    expect(r.policies).toEqual([]);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'a.yml:2:11  policy p1: duplicate policy name "p1"; also defined at b.yml:3:5',
      'b.yml:3:11  policy p1: duplicate policy name "p1"; also defined at a.yml:2:5',
    ]);
  });
});

describe('loadPolicies: elements', () => {
  it('unknown filter and action types get registry suggestions', () => {
    expect(
      lines(policy('    filters:\n      - type: instance-agee\n    actions:\n      - type: mark-for-opp\n')),
    ).toEqual([
      'p.yml:5:15  policy p1: unknown filter "instance-agee"; did you mean "instance-age"? [unknown-filter]',
      'p.yml:7:15  policy p1: unknown action "mark-for-opp"; did you mean "mark-for-op"? [unknown-action]',
    ]);
    expect(lines(policy('    actions:\n      - stopp\n'))).toEqual([
      'p.yml:5:9  policy p1: unknown action "stopp"; did you mean "stop"? [unknown-action]',
    ]);
  });
  it('elements that exist for another type say where', () => {
    expect(
      lines(policy('    filters:\n      - instance-age\n    actions:\n      - stop\n', 'p1', 'rds')),
    ).toEqual([
      'p.yml:5:9  policy p1: filter "instance-age" is not available for aws.rds; it exists for aws.ec2 [filter-not-available]',
      'p.yml:7:9  policy p1: action "stop" is not available for aws.rds; it exists for aws.ec2 [action-not-available]',
    ]);
  });
  it('options errors name the element and point inside it', () => {
    const body = [
      '    filters:',
      '      - type: value',
      '        key: State.Name',
      '        op: equall',
      '      - or:',
      '          - type: instance-age',
      '            dayz: 3',
      '            days: -1',
      '    actions:',
      '      - type: tag',
      '        key: 3',
      '      - mark-for-op',
      '',
    ].join('\n');
    expect(lines(policy(body))).toEqual([
      'p.yml:7:13  policy p1: invalid value "equall" for "op" in filter "value"; did you mean "equal"? [invalid-value]',
      'p.yml:10:13  policy p1: unknown key "dayz" in filter "instance-age"; did you mean "days"? [unknown-key]',
      'p.yml:11:19  policy p1: "days" in filter "instance-age" must be >= 0, got -1 [out-of-range]',
      'p.yml:14:14  policy p1: "key" in action "tag" must be a string, not an integer [wrong-type]',
      'p.yml:15:9  policy p1: missing required key "op" in action "mark-for-op" [missing-key]',
    ]);
  });
  it('value shorthand errors point at the shorthand value', () => {
    expect(lines(policy('    filters:\n      - State: {Name: running}\n'))).toEqual([
      'p.yml:5:16  policy p1: "value" in filter "value" must be a string, a number, a boolean (true or false), empty (null) or a list, not a mapping [wrong-type]',
    ]);
  });
  it('items that are neither a name nor a mapping with type', () => {
    const body =
      '    filters:\n      - 3\n      - {key: a, value: b}\n      - type: [x]\n    actions:\n      - {key: a}\n';
    expect(lines(policy(body))).toEqual([
      'p.yml:5:9  policy p1: a filter must be a name or a mapping, not an integer [wrong-type]',
      'p.yml:6:10  policy p1: filter has no "type" key; name the filter with "type:" (only a one-key mapping is the "key: value" shorthand) [missing-type]',
      'p.yml:7:15  policy p1: "type" of a filter must be a string, not a list [wrong-type]',
      'p.yml:9:10  policy p1: action has no "type" key; name the action with "type:" [missing-type]',
    ]);
  });
  it('a block must hold a list', () => {
    expect(lines(policy('    filters:\n      - or: stop\n'))).toEqual([
      'p.yml:5:13  policy p1: "or" must be a list of filters, not a string [wrong-type]',
    ]);
  });
  it("runs the element's own check with paths relative to it", () => {
    expect(
      lines(
        policy(
          '    filters:\n      - type: value\n        key: InstanceId\n        op: regex\n        value: "(["\n',
        ),
      ),
    ).toEqual(['p.yml:8:16  policy p1: invalid regular expression "([" [invalid-regex]']);
  });
  it('modes: unknown, not available, options, and their own check', () => {
    expect(lines(policy('    mode:\n      type: periodc\n'))).toEqual([
      'p.yml:5:13  policy p1: unknown mode "periodc"; did you mean "periodic"? [unknown-mode]',
    ]);
    expect(lines(policy('    mode: {type: cloudtrail, events: [RunInstances]}\n', 'p1', 'rds'))).toEqual([
      'p.yml:4:18  policy p1: mode "cloudtrail" is not available for aws.rds [mode-not-available]',
    ]);
    expect(lines(policy('    mode:\n      type: periodic\n      schedul: x\n'))).toEqual([
      'p.yml:6:7  policy p1: unknown key "schedul" in mode "periodic"; did you mean "schedule"? [unknown-key]',
    ]);
    expect(lines(policy('    mode:\n      type: cloudtrail\n      events: [RunInstances, Nope]\n'))).toEqual([
      'p.yml:6:30  policy p1: unknown event "Nope" [unknown-event]',
    ]);
    expect(lines(policy('    mode: {events: []}\n'))).toEqual([
      'p.yml:4:12  policy p1: missing required key "type" in mode [missing-key]',
    ]);
  });
  it('conditions accept only value/event filters and blocks', () => {
    expect(lines(policy('    conditions:\n      - instance-age\n'))).toEqual([
      'p.yml:5:9  policy p1: filter "instance-age" cannot be used in conditions; use "value" or "event" filters (or and/or/not blocks) [invalid-condition]',
    ]);
  });
});

describe('loadPolicies: unknown-field warnings', () => {
  const kms = (filters: string) => policy(`    filters:\n${filters}`, 'k', 'kms-key');
  it('warns on the mapping form, shorthand and nested, with did-you-mean', () => {
    const out = lines(
      kms(
        '      - type: value\n        key: Keystate\n        value: x\n      - Keystate: Enabled\n      - not:\n          - KeyManeger.x: AWS\n',
      ),
    );
    expect(out).toEqual([
      'p.yml:6:14  warning: policy k: aws.kms-key has no field "Keystate"; did you mean "KeyState"? [unknown-field]',
      'p.yml:8:9  warning: policy k: aws.kms-key has no field "Keystate"; did you mean "KeyState"? [unknown-field]',
      'p.yml:10:13  warning: policy k: aws.kms-key has no field "KeyManeger"; did you mean "KeyManager"? [unknown-field]',
    ]);
    expect(load(kms('      - Keystate: Enabled\n')).policies).toHaveLength(1);
  });
  it('ignores tag: keys, JSONPath, JMESPath expressions, known fields and types without fields', () => {
    const filters = [
      '      - "tag:Owner": absent',
      '      - "$.KeyState": x',
      '      - "length(Aliases)": 0',
      '      - "KeyState": Enabled',
      '      - "KeyManager[0]": x',
      '',
    ].join('\n');
    expect(lines(kms(filters))).toEqual([]);
    expect(lines(policy('    filters:\n      - Anything: x\n', 'b', 's3'))).toEqual([]);
  });
  it('strict turns warnings into errors and keeps the policy out', () => {
    const r = load(kms('      - Keystate: Enabled\n'), { strict: true });
    expect(r.policies).toEqual([]);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'p.yml:5:9  policy k: aws.kms-key has no field "Keystate"; did you mean "KeyState"?',
    ]);
  });
});

describe('loadPolicies: variables', () => {
  it('substitutes user vars before validation and keeps runtime ones', () => {
    const r = load(
      policy('    actions:\n      - type: tag\n        key: "{env}-owner"\n        value: "{account_id}"\n'),
      {
        vars: { env: 'prod' },
      },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.policies[0]!.data.actions).toEqual([{ type: 'tag', key: 'prod-owner', value: '{account_id}' }]);
  });
});

describe('loadPolicies: query', () => {
  const first = (text: string) => lines(text).map((l) => l.split('\n')[0] ?? '');
  it('locates a bad query key or value of a type that reads its query', () => {
    expect(
      first(policy('    query:\n      - instance-state-name: runing\n')).map((l) => l.split('  ')[0]),
    ).toEqual(['p.yml:5:9']);
    expect(first(policy('    query:\n      - InstanceId: i-1\n'))).toEqual([
      'p.yml:5:9  policy p1: EC2 query key "InstanceId" is not one of InstanceIds, MaxResults, Filters; did you mean "InstanceIds"? [invalid-query]',
    ]);
  });
  it('warns where the type reads no query, and where source: config reads only expr and clause', () => {
    expect(first(policy('    query:\n      - Engine: mysql\n', 'p1', 'rds'))).toEqual([
      'p.yml:4:5  warning: policy p1: query has no effect on aws.rds: Cloud Custodian lists this type without reading it, and so does c7n-ts [query-ignored]',
    ]);
    expect(
      first(policy('    source: config\n    query:\n      - clause: x\n      - bogus: 1\n', 'p1', 'rds')),
    ).toEqual([
      'p.yml:7:9  warning: policy p1: query key "bogus" has no effect with source: config (only expr and clause entries are read) [query-ignored]',
    ]);
  });
});
