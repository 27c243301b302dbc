/**
 * Plain scalars resolved as PyYAML's SafeLoader resolves them, since Cloud Custodian loads
 * policies with it (YAML 1.1): `yes`/`no`/`on`/`off` are booleans, `0777` is octal, `1:30` is
 * sexagesimal (90), `1e3` (no dot) stays a string. The yaml package's own 1.1 schema differs
 * in places (`y`/`n` booleans, `1e3` a float), hence these tags. Timestamps stay strings:
 * policy data is plain JSON, and the date-reading filters parse strings.
 */
import type { ScalarTag, Tags } from 'yaml';

const sign = (s: string): [number, string] =>
  s[0] === '-' ? [-1, s.slice(1)] : s[0] === '+' ? [1, s.slice(1)] : [1, s];

/** `1:30:15` as base 60, the way PyYAML reads it. */
function sexagesimal(s: string, part: (p: string) => number): number {
  return s.split(':').reduce((acc, p) => acc * 60 + part(p), 0);
}

const bool = (value: boolean, test: RegExp): ScalarTag => ({
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  identify: (v) => v === value,
  test,
  resolve: () => value,
  stringify: () => String(value),
});

const int: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  identify: (v) => typeof v === 'number' && Number.isInteger(v),
  test: /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  resolve(str) {
    const [k, v] = sign(str.replace(/_/g, ''));
    if (v === '0') return 0;
    if (v.startsWith('0b')) return k * Number.parseInt(v.slice(2), 2);
    if (v.startsWith('0x')) return k * Number.parseInt(v.slice(2), 16);
    if (v.startsWith('0')) return k * Number.parseInt(v, 8);
    if (v.includes(':')) return k * sexagesimal(v, Number);
    return k * Number.parseInt(v, 10);
  },
  stringify: ({ value }) => String(value),
};

const float: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  identify: (v) => typeof v === 'number',
  test: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve(str) {
    const [k, v] = sign(str.replace(/_/g, '').toLowerCase());
    if (v === '.inf') return k * Number.POSITIVE_INFINITY;
    if (v === '.nan') return Number.NaN;
    if (v.includes(':')) return k * sexagesimal(v, Number.parseFloat);
    return k * Number.parseFloat(v);
  },
  stringify: ({ value }) => String(value),
};

const REPLACED = new Set(['bool', 'int', 'float', 'timestamp'].map((t) => `tag:yaml.org,2002:${t}`));

/** For the yaml package's `customTags` under `version: '1.1'`. */
export function pyyamlTags(tags: Tags): Tags {
  const kept = tags.filter((t) => typeof t === 'string' || !REPLACED.has(t.tag));
  return [
    ...kept,
    bool(true, /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/),
    bool(false, /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/),
    int,
    float,
  ];
}
