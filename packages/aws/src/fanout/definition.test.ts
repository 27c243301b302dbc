import { describe, expect, it } from 'vitest';
import {
  FANOUT_FAILED,
  FANOUT_MAP,
  FANOUT_RUN,
  fanoutDefinition,
  LAMBDA_TRANSIENT_ERRORS,
} from './definition.js';

const settings = {
  functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:c7n-ts-org-fanout',
  concurrency: 40,
  items: 's3' as const,
  results: { bucket: 'fanout-bucket', prefix: 'c7n/results' },
};
type State = Record<string, any>;

describe('fanoutDefinition', () => {
  const def = fanoutDefinition(settings) as State;
  const map = def.States[FANOUT_MAP] as State;
  const inner = map.ItemProcessor.States as Record<string, State>;

  it('is one Distributed Map of standard child workflows, at most --concurrency at once', () => {
    expect(def.StartAt).toBe(FANOUT_MAP);
    expect(Object.keys(def.States)).toEqual([FANOUT_MAP]);
    expect(map).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 40,
      ToleratedFailurePercentage: 100,
      End: true,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: FANOUT_RUN,
      },
    });
  });

  it('reads the items from the S3 object the input names, and gives each the run output', () => {
    expect(map.ItemReader).toEqual({
      Resource: 'arn:aws:states:::s3:getObject',
      ReaderConfig: { InputType: 'JSON' },
      Parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.key' },
    });
    expect(map.ItemsPath).toBeUndefined();
    expect(map.ItemSelector).toEqual({ 'item.$': '$$.Map.Item.Value', 'output.$': '$.output' });
  });

  it('takes the items from the input instead when asked', () => {
    const m = (fanoutDefinition({ ...settings, items: 'input' }) as State).States[FANOUT_MAP];
    expect(m.ItemsPath).toBe('$.items');
    expect(m.ItemReader).toBeUndefined();
  });

  it('writes the Map Run results to S3', () => {
    expect(map.ResultWriter).toEqual({
      Resource: 'arn:aws:states:::s3:putObject',
      Parameters: { Bucket: 'fanout-bucket', Prefix: 'c7n/results' },
    });
  });

  it('invokes the function per item, retrying Lambda throttling and service errors', () => {
    const task = inner[FANOUT_RUN] as State;
    expect(task).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: settings.functionArn, 'Payload.$': '$' },
      OutputPath: '$.Payload',
      End: true,
    });
    expect(task.Retry).toHaveLength(1);
    expect(task.Retry[0].ErrorEquals).toEqual([...LAMBDA_TRANSIENT_ERRORS]);
    expect(task.Retry[0].ErrorEquals).toContain('Lambda.TooManyRequestsException');
    expect(task.Retry[0].MaxAttempts).toBeGreaterThan(1);
  });

  it('catches any other failure of an item and records it as that item, so the others go on', () => {
    const task = inner[FANOUT_RUN] as State;
    expect(task.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: FANOUT_FAILED }]);
    expect(inner[FANOUT_FAILED]).toMatchObject({
      Type: 'Pass',
      End: true,
      Parameters: {
        'account.$': '$.item.account',
        'region.$': '$.item.region',
        status: 'error',
        'error.$': '$.error',
      },
    });
    // Every Next names a state of the processor.
    for (const s of Object.values(inner))
      for (const c of (s.Catch ?? []) as State[]) expect(Object.keys(inner)).toContain(c.Next);
  });

  it('refuses a concurrency that is not a whole number', () => {
    expect(() => fanoutDefinition({ ...settings, concurrency: -1 })).toThrow(/concurrency/);
    expect(() => fanoutDefinition({ ...settings, concurrency: 1.5 })).toThrow(/concurrency/);
  });
});
