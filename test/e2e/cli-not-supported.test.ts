/**
 * What c7n-ts does not have is said as such: `schema --missing` lists Cloud Custodian's names
 * c7n-ts lacks, and a command that does not exist is one line with a did-you-mean, exit 2.
 */
import { awsRegistry } from '@c7n-ts/aws';
import { missingFromCatalogue } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

// Every supported type is complete now: no supported type lacks a filter (the message for one
// that does is tested on a test registry in core's load.catalogue.test.ts).
const gaps = missingFromCatalogue(awsRegistry()).elements.filter((e) => e.filters.length || e.actions.length);

describe('schema --missing', () => {
  it('lists missing types, per supported type its missing filters and actions, and modes', () => {
    const r = runCli(['schema', '--missing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Cloud Custodian has, and c7n-ts does not support yet:\n\nresource types \(\d+\):\n/,
    );
    expect(r.stdout).toContain('\n  aws.glacier\n');
    expect(r.stdout).not.toContain('\n  aws.elastic-ip\n'); // c7n's name of aws.network-addr
    expect(r.stdout).toContain('\naws.network-addr (Cloud Custodian: aws.elastic-ip):\n');
    expect(r.stdout).toMatch(/\nmodes \(0\): -\n/); // all twelve are supported
  });

  it('narrows to one type, as text and JSON', () => {
    expect(gaps).toEqual([]);
    const text = runCli(['schema', '--missing', 'ec2']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('\naws.ec2:\n  filters (0): -\n  actions (0): -\n');
    expect(text.stdout).not.toContain('resource types');
    const json = runCli(['schema', '--missing', 'aws.glacier', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      engine: 'Cloud Custodian',
      types: ['aws.glacier'],
      elements: [],
    });
  });

  it('an unknown type is invalid input with a did-you-mean', () => {
    const r = runCli(['schema', '--missing', 'aws.iam-usr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('unknown resource type "aws.iam-usr"; did you mean "aws.iam-user"?\n');
  });
});

describe('schema PATH for a Cloud Custodian name c7n-ts lacks', () => {
  it.each([
    ['aws.glacier', 'aws.glacier is a Cloud Custodian resource type that c7n-ts does not support yet\n'],
    ['glacier.filters', 'aws.glacier is a Cloud Custodian resource type that c7n-ts does not support yet\n'],
  ])('%s', (path, stderr) => {
    const r = runCli(['schema', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
  });
});

describe('a command that does not exist', () => {
  it.each([
    [['rn', '-s', 'out', 'p.yml'], 'c7n-ts: unknown command "rn"; did you mean "run"? (see c7n-ts --help)\n'],
    [['orgs', 'run'], 'c7n-ts: unknown command "orgs"; did you mean "org"? (see c7n-ts --help)\n'],
    [
      ['validat', 'p.yml'],
      'c7n-ts: unknown command "validat"; did you mean "validate"? (see c7n-ts --help)\n',
    ],
  ])('%j exits 2 with one line', (args, stderr) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
  });
});
