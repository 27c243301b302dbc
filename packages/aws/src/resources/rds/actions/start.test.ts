import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import start from './start.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceStatus: 'stopped',
  Engine: 'postgres',
  ...extra,
});

testAction(start, {
  resourceType: rds,
  valid: [{}],
  invalid: [{ options: { wait: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'starts stopped instances only',
      options: {},
      resources: [
        db('db-1'),
        db('running', { DBInstanceStatus: 'available' }),
        db('neptune', { Engine: 'neptune' }),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'StartDBInstance',
          input: { DBInstanceIdentifier: 'db-1' },
          describe: 'start db-1',
        },
      ],
    },
  ],
});
