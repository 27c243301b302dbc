/** Options schema of the value filter, shared by `event` (which evaluates it against the event). */
import { comparisonOp } from './ops.js';
import { valueFromSchema } from './value-from.js';
import { VALUE_TYPES } from './value-types.js';

export const valueProperties = {
  key: {
    type: 'string',
    description:
      'What to read from the resource: a JMESPath expression, `tag:NAME` for a tag value, or a JSONPath starting with `$`.',
  },
  value: {
    type: ['array', 'string', 'boolean', 'number', 'null'],
    description: 'The value to compare with, or one of the special values absent, present, not-null, empty.',
  },
  op: {
    ...comparisonOp,
    description: `${comparisonOp.description} Without op, values are compared for equality.`,
  },
  value_type: {
    enum: VALUE_TYPES,
    description:
      'How to convert values before comparing: age/expiration (days), integer, float, normalize, size, unique_size, swap, date, version, cidr, cidr_size, expr, resource_count.',
  },
  value_regex: {
    type: 'string',
    description: 'Regex with one capture group applied to the resource value; the captured text is compared.',
  },
  value_from: valueFromSchema,
  value_path: {
    type: 'string',
    description: 'JMESPath on the same resource giving the value to compare with.',
  },
  default: {
    description: 'Value used when the key resolves to nothing (c7n declares it; c7n-ts applies it).',
  },
} as const;

export const valueOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: valueProperties,
} as const;
