/** runFanout on a replayed execution: RUNNING, then SUCCEEDED, and the Map Run's result files. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import { archiveKey, itemsLocation, runFanout } from './run.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const smArn = 'arn:aws:states:us-east-1:111122223333:stateMachine:c7n-ts-org-fanout';
const list = [
  {
    account: 'dev',
    account_id: '222222222222',
    region: 'us-east-1',
    role: 'arn:aws:iam::222222222222:role/custodian',
  },
];

describe('runFanout', () => {
  it('writes the items, starts the execution, polls it to the end and reads each item', async () => {
    const clients = createClients({
      regions: ['us-east-1'],
      accountId: '111122223333',
      replay: join(fixtures, 'run'),
    });
    const polls: string[] = [];
    const result = await runFanout(
      {
        stateMachineArn: smArn,
        region: 'us-east-1',
        items: { bucket: 'fanout-bucket', key: 'c7n/items/run-1.json' },
        output: 's3://fanout-bucket/c7n/out',
        list,
        name: 'run-1',
        pollMs: 0,
        onPoll: (s) => polls.push(s),
      },
      clients.send,
    );
    expect(polls).toEqual(['RUNNING', 'SUCCEEDED']);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.executionArn).toBe(
      'arn:aws:states:us-east-1:111122223333:execution:c7n-ts-org-fanout:run-1',
    );
    expect(result.results).toEqual([
      expect.objectContaining({
        account: 'dev',
        status: 'ok',
        policies: [expect.objectContaining({ matched: 1 })],
      }),
      expect.objectContaining({
        account: 'prod',
        region: 'eu-west-1',
        status: 'error',
        error: expect.objectContaining({ code: 'AccessDenied' }),
      }),
      {
        account: 'stage',
        account_id: '444444444444',
        region: 'us-east-1',
        status: 'error',
        policies: [],
        error: {
          stage: 'fanout',
          code: 'States.Timeout',
          message: 'The child workflow ran past its timeout',
        },
      },
    ]);
    const calls = clients.session.calls;
    expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      's3.PutObject',
      'states.StartExecution',
      'states.DescribeExecution',
      'states.DescribeExecution',
      's3.GetObject',
      's3.GetObject',
      's3.GetObject',
    ]);
    expect(JSON.parse(String((calls[0]?.input as { Body?: string } | undefined)?.Body))).toEqual(list);
    expect(JSON.parse(String((calls[1]?.input as { input?: string } | undefined)?.input))).toEqual({
      bucket: 'fanout-bucket',
      key: 'c7n/items/run-1.json',
      output: 's3://fanout-bucket/c7n/out',
    });
    expect(calls.slice(4).map((c) => (c.input as { Key: string }).Key)).toEqual([
      'c7n/results/4f0e1d2c/manifest.json',
      'c7n/results/4f0e1d2c/SUCCEEDED_0.json',
      'c7n/results/4f0e1d2c/FAILED_0.json',
    ]);
  });
});

describe('itemsLocation', () => {
  it('puts the items beside the results the deployed definition writes', async () => {
    const { fanoutDefinition } = await import('./definition.js');
    const def = fanoutDefinition({
      functionArn: 'f',
      concurrency: 1,
      items: 's3',
      results: { bucket: 'fanout-bucket', prefix: 'c7n/results' },
    });
    expect(itemsLocation(JSON.stringify(def), 'run-1')).toEqual({
      bucket: 'fanout-bucket',
      key: 'c7n/items/run-1.json',
    });
    const bare = fanoutDefinition({
      functionArn: 'f',
      concurrency: 1,
      items: 's3',
      results: { bucket: 'b', prefix: 'results' },
    });
    expect(itemsLocation(bare, 'x')).toEqual({ bucket: 'b', key: 'items/x.json' });
    expect(itemsLocation('{}', 'x')).toBeUndefined();
  });
});

describe('archiveKey', () => {
  it("names a Lambda-mode policy's archive by its content, beside the items", () => {
    const sha256 = Buffer.from('ab'.repeat(32), 'hex').toString('base64');
    expect(archiveKey({ key: 'c7n/items/run-1.json' }, 'ebs-daily', sha256)).toBe(
      `c7n/archives/ebs-daily/${'ab'.repeat(32)}.zip`,
    );
    expect(archiveKey({ key: 'items/x.json' }, 'p', sha256)).toBe(`archives/p/${'ab'.repeat(32)}.zip`);
  });
});
