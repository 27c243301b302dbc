import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/types.js';
import { parseFile } from './yaml-doc.js';

const value = (scalar: string, file = 'p.yml') =>
  (parseFile(file, `v: ${scalar}\n`).data as { v: unknown }).v;

/** One line per diagnostic (the excerpt under it is tested apart, in `syntax errors`). */
const lines = (text: string) =>
  parseFile('p.yml', text).diagnostics.map(
    (d) => `${formatDiagnostic({ ...d, excerpt: undefined })} [${d.messageId}]`,
  );
/** As the CLI prints them: message, then the offending line and a caret. */
const shown = (text: string) => parseFile('p.yml', text).diagnostics.map(formatDiagnostic);

describe('parseFile: plain scalars as PyYAML (YAML 1.1) reads them', () => {
  // Expected values were taken from PyYAML 6.0 safe_load.
  it.each([
    ['yes', true],
    ['Yes', true],
    ['ON', true],
    ['off', false],
    ['No', false],
    ['True', true],
    ['FALSE', false],
    ['yEs', 'yEs'],
    ['y', 'y'], // a boolean in the YAML 1.1 spec, not in PyYAML
    ['N', 'N'],
    ['~', null],
    ['Null', null],
    ['', null],
    ['nUll', 'nUll'],
    ['0777', 511],
    ['-017', -15],
    ['007', 7],
    ['09', '09'],
    ['0o17', '0o17'],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['+12', 12],
    ['1:30', 90],
    ['190:20:30', 685230],
    ['1:30.5', 90.5],
    ['1e3', '1e3'],
    ['1.0e3', '1.0e3'],
    ['1.0e+3', 1000],
    ['.5', 0.5],
    ['1.', 1],
    ['2.5_5', 2.55],
    ['-.Inf', Number.NEGATIVE_INFINITY],
    ['2018-12-15', '2018-12-15'], // PyYAML makes a date; policy data stays JSON
  ])('%j -> %j', (scalar, expected) => {
    expect(value(scalar)).toEqual(expected);
  });

  it('reads .nan and keeps quoted scalars as strings', () => {
    expect(value('.NaN')).toBeNaN();
    expect(value('"yes"')).toBe('yes');
    expect(value("'0777'")).toBe('0777');
  });

  it('reads .json files as JSON, as Cloud Custodian does', () => {
    const data = parseFile('p.json', '{"v": 1e3, "w": "yes"}').data;
    expect(data).toEqual({ v: 1000, w: 'yes' });
  });
});

describe('parseFile: tabs', () => {
  const TAB_MESSAGE = 'a tab indents this line; YAML cannot be indented with tabs, use spaces [yaml-syntax]';
  it('reports one error at the tab, not the cascade after it', () => {
    const text = [
      'policies:',
      '  - name: x',
      '    resource: ec2',
      '    conditions:',
      '      - type: value',
      '\t   key: now',
      '\t   value: 1',
      '',
    ].join('\n');
    expect(lines(text)).toEqual([`p.yml:6:1  ${TAB_MESSAGE}`]);
  });
  it('points at the first tab of the indentation, even where the yaml package reports none', () => {
    expect(lines('a:\n  - b\n \t- c\n')).toEqual([`p.yml:3:2  ${TAB_MESSAGE}`]);
    // A plain scalar continued on a tab-indented line: PyYAML rejects it.
    expect(lines('a: x\n\ty\n')).toEqual([`p.yml:2:1  ${TAB_MESSAGE}`]);
  });
  it('accepts tabs inside block and quoted scalars, and in .json files', () => {
    expect(lines('a: |\n  x\n  \ty\nb: "p\n  \tq"\n')).toEqual([]);
    expect(parseFile('p.yml', 'a: |\n  x\n  \ty\nb: "p\n  \tq"\n').data).toEqual({ a: 'x\n\ty\n', b: 'p q' });
    expect(parseFile('p.json', '{\n\t"a": 1\n}').diagnostics).toEqual([]);
  });
});

describe('parseFile: syntax errors show the offending line with a caret', () => {
  it('at the token the parser stopped at, past the indentation', () => {
    expect(shown('policies:\n  - name: a\n    resource: aws.ec2\n   filters:\n      - x: 1\n')).toEqual([
      'p.yml:4:4  Sequence item without - indicator\n       filters:\n       ^',
    ]);
    expect(shown('policies:\n  - name: a\n    filters:\n      - key: value: bad\n')).toEqual([
      'p.yml:4:14  Nested mappings are not allowed in compact mappings\n          - key: value: bad\n                 ^',
    ]);
  });

  it('at the end of the last line when the parser met the end of the file', () => {
    expect(shown('policies:\n  - name: a\n    filters:\n      - "tag:Owner: absent\n\n')).toEqual([
      'p.yml:4:27  Missing closing "quote (at the end of the file)\n          - "tag:Owner: absent\n                              ^',
    ]);
  });

  it('keeps tabs under the caret so it lines up, and shows the tab error too', () => {
    expect(shown('a:\n  - b\n \t- c\n')).toEqual([
      'p.yml:3:2  a tab indents this line; YAML cannot be indented with tabs, use spaces\n     \t- c\n     ^',
    ]);
  });
});

describe('hostile documents', () => {
  it('a very long line is cut around the column in the excerpt', () => {
    const d = {
      severity: 'error' as const,
      messageId: 'yaml-syntax',
      file: 'p.yml',
      line: 3,
      col: 500,
      message: 'bad',
      excerpt: `${'a'.repeat(499)}!${'b'.repeat(1000)}`,
    };
    const [, line, caret] = formatDiagnostic(d).split('\n');
    expect(line!.length).toBeLessThan(120);
    expect(line).toMatch(/^ {4}\.\.\.a+!b+\.\.\.$/);
    expect(line![caret!.length - 1]).toBe('!');
  });

  it('nesting too deep for the parser is one located error, not a crash', () => {
    const deep = `policies:\n  - name: x\n    resource: ec2\n    filters:\n      - ${'{"or": ['.repeat(5000)}1${']}'.repeat(5000)}\n`;
    const r = parseFile('deep.yml', deep);
    expect(r.diagnostics.map((x) => x.message)).toContain('the document nests too deeply to be read');
  });
});
