import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../policy/ajv.js';
import { testRegistry } from '../testing/test-registry.js';
import { elementSchema } from './element-schema.js';
import { generatePolicySchema } from './generate.js';

const registry = testRegistry();
const schema = generatePolicySchema(registry);
const validate = createAjv().compile(schema);
const valid = (yaml: string) => validate(parse(yaml));

describe('generatePolicySchema', () => {
  it('is deterministic, with sorted keys', () => {
    const again = JSON.stringify(generatePolicySchema(testRegistry()), null, 2);
    expect(JSON.stringify(schema, null, 2)).toBe(again);
    expect(Object.keys(schema)).toEqual([...Object.keys(schema)].sort());
    const defs = schema.definitions as Record<string, Record<string, unknown>>;
    expect(Object.keys(defs.filters!)).toEqual([...Object.keys(defs.filters!)].sort());
  });

  it('carries descriptions for hover text', () => {
    const defs = schema.definitions as Record<string, Record<string, Record<string, unknown>>>;
    expect(defs.filters!['instance-age']!.description).toBe('Instances older than a threshold.');
    expect(defs.modes!.periodic!.description).toBe('Runs on a schedule.');
    expect(defs.resources!['aws.ec2']!.description).toBe('Fake aws.ec2.');
  });

  it('accepts a valid policy file', () => {
    const text = [
      'vars: {x: 1}',
      'policies:',
      '  - name: old',
      '    resource: ec2',
      '    filters:',
      '      - "tag:Owner": absent',
      '      - type: instance-age',
      '        days: 30',
      '      - or: [{State.Name: running}, {not: [old-filter]}]',
      '      - instance-age',
      '    actions: [stop, {type: mark-for-op, op: stop}]',
      '    mode: {type: periodic, schedule: rate(1 day)}',
      '    conditions: [{type: value, key: region, value: us-east-1}]',
    ].join('\n');
    expect(valid(text), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown policy key', 'policies: [{name: a, resource: ec2, filter: []}]'],
    ['an unknown resource', 'policies: [{name: a, resource: aws.ec3}]'],
    ['a filter of another resource', 'policies: [{name: a, resource: rds, filters: [instance-age]}]'],
    ['an action of another resource', 'policies: [{name: a, resource: aws.rds, actions: [{type: stop}]}]'],
    ['an unknown option', 'policies: [{name: a, resource: ec2, filters: [{type: instance-age, dayz: 1}]}]'],
    ['a two-key mapping without type', 'policies: [{name: a, resource: ec2, filters: [{key: a, value: b}]}]'],
    ['a bad mode', 'policies: [{name: a, resource: ec2, mode: {type: periodic}}]'],
    ['a bad name', 'policies: [{name: "a b", resource: ec2}]'],
    ['a missing policies list', 'vars: {}'],
  ])('rejects %s', (_what, text) => {
    expect(valid(text)).toBe(false);
  });
});

describe('elementSchema', () => {
  it('describes one element with its schema including type', () => {
    const r = elementSchema(registry, 'aws.ec2.filters.instance-age');
    expect(r).toMatchObject({ kind: 'filter', name: 'instance-age', origin: 'test', permissions: [] });
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.doc.summary).toBe('Instances older than a threshold.');
    expect((r.schema.properties as Record<string, unknown>).type).toEqual({
      description: 'Instances older than a threshold.',
      enum: ['instance-age'],
    });
    expect(elementSchema(registry, 'ec2.actions.mark')).toMatchObject({ kind: 'action', name: 'mark' });
    expect(elementSchema(registry, 'mode.periodic')).toMatchObject({ kind: 'mode', name: 'periodic' });
  });

  it('lists children at each level', () => {
    expect(elementSchema(registry, '')).toMatchObject({
      kind: 'list',
      children: [{ name: 'aws' }, { name: 'mode' }],
    });
    const types = elementSchema(registry, 'aws');
    expect(types.kind === 'list' && types.children.map((c) => c.name)).toEqual([
      'aws.ec2',
      'aws.kms-key',
      'aws.rds',
      'aws.s3',
    ]);
    const actions = elementSchema(registry, 'aws.rds.actions');
    expect(actions.kind === 'list' && actions.children.map((c) => c.name)).toEqual([
      'delete',
      'mark',
      'mark-for-op',
      'notify',
      'tag',
    ]);
    expect(elementSchema(registry, 'rds')).toMatchObject({ kind: 'resource', name: 'aws.rds' });
    expect(elementSchema(registry, 'mode')).toMatchObject({ kind: 'list', path: 'mode' });
  });

  it('suggests for an unknown segment', () => {
    expect(elementSchema(registry, 'aws.ec3')).toEqual({
      kind: 'unknown',
      message: 'unknown resource type "aws.ec3"; did you mean "aws.ec2"?',
      suggestion: 'aws.ec2',
    });
    expect(elementSchema(registry, 'aws.ec2.filter')).toMatchObject({
      message: 'unknown section of aws.ec2 "filter"; did you mean "filters"?',
    });
    expect(elementSchema(registry, 'aws.ec2.filters.instance-agee')).toMatchObject({
      message: 'unknown filter of aws.ec2 "instance-agee"; did you mean "instance-age"?',
    });
    expect(elementSchema(registry, 'mode.periodc')).toMatchObject({ suggestion: 'periodic' });
  });
});
