/** deployFanout on replayed Step Functions and Lambda traffic through the real SDK clients. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import { deployFanout, FanoutDefinitionError, type FanoutDeploySettings } from './deploy.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const settings: FanoutDeploySettings = {
  name: 'c7n-ts-org-fanout',
  role: 'arn:aws:iam::111122223333:role/fanout-function',
  statesRole: 'arn:aws:iam::111122223333:role/fanout-states',
  concurrency: 20,
  items: 's3',
  results: { bucket: 'fanout-bucket', prefix: 'c7n/results' },
  code: { zip: new Uint8Array([1, 2, 3]), sha256: 'abc=' },
  version: '1.2.3',
};

function env(dir: string, dryrun = false) {
  const clients = createClients({
    regions: ['us-east-1'],
    accountId: '111122223333',
    replay: join(fixtures, dir),
  });
  return {
    clients,
    env: { send: clients.send, region: 'us-east-1', accountId: '111122223333', pollMs: 0, dryrun },
  };
}

describe('deployFanout', () => {
  it('validates the definition, then creates the function and the state machine', async () => {
    const { clients, env: e } = env('deploy-new');
    const result = await deployFanout(settings, e);
    expect(result).toMatchObject({
      status: 'created',
      changes: ['created function', 'created state machine'],
      functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:c7n-ts-org-fanout',
      stateMachineArn: 'arn:aws:states:us-east-1:111122223333:stateMachine:c7n-ts-org-fanout',
    });
    const calls = clients.session.calls;
    expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      'states.ValidateStateMachineDefinition',
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'states.DescribeStateMachine',
      'states.CreateStateMachine',
    ]);
    const validate = calls[0]?.input as { definition: string; type: string };
    expect(validate.type).toBe('STANDARD');
    expect(JSON.parse(validate.definition)).toEqual(result.definition);
    expect(calls[2]?.input).toMatchObject({
      FunctionName: 'c7n-ts-org-fanout',
      Role: settings.role,
      Handler: 'index.handler',
      Tags: { 'c7n-ts:fanout': 'c7n-ts-org-fanout' },
    });
    expect(calls[4]?.input).toMatchObject({
      name: 'c7n-ts-org-fanout',
      roleArn: settings.statesRole,
      type: 'STANDARD',
      definition: validate.definition,
    });
  });

  it('with dryrun makes only the reads and says what it would create', async () => {
    const { clients, env: e } = env('deploy-new', true);
    const result = await deployFanout(settings, e);
    expect(result).toMatchObject({ dryrun: true, changes: ['created function', 'created state machine'] });
    expect(clients.session.calls.map((c) => c.operation)).toEqual([
      'ValidateStateMachineDefinition',
      'GetFunction',
      'DescribeStateMachine',
    ]);
  });

  it('refuses a definition Step Functions finds invalid, with its diagnostics, and changes nothing', async () => {
    const { clients, env: e } = env('deploy-invalid');
    const err = await deployFanout(settings, e).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(FanoutDefinitionError);
    expect((err as FanoutDefinitionError).diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_VALIDATION_FAILED',
        location: '/States/AccountRegions/MaxConcurrency',
      }),
    ]);
    expect((err as Error).message).toMatch(
      /SCHEMA_VALIDATION_FAILED at \/States\/AccountRegions\/MaxConcurrency/,
    );
    expect(clients.session.calls.map((c) => c.operation)).toEqual(['ValidateStateMachineDefinition']);
  });
});
