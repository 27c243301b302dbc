/**
 * The fan-out state machine (Amazon States Language): one Distributed Map over the
 * account×region items, each a child workflow that invokes the c7n-ts fan-out function once.
 * A failing item is caught and recorded as that item's result, so it never stops the others;
 * Lambda's own transient faults (throttling, service errors) are retried first.
 */

/** Where the items come from: an S3 object (`run --fanout` writes it) or the execution's input. */
export type ItemSource = 's3' | 'input';

export interface FanoutDefinitionSettings {
  /** ARN (or name) of the fan-out Lambda function. */
  functionArn: string;
  /** Child workflows at once (Distributed Map's MaxConcurrency; 0 means Step Functions' own limit). */
  concurrency: number;
  /** s3: the input is `{bucket, key, output}` naming a JSON array; input: `{items: [...], output}`. */
  items: ItemSource;
  /** Where the Map Run writes its manifest and result files (ResultWriter). */
  results: { bucket: string; prefix: string };
}

/** The state names, for readers of the execution history and tests. */
export const FANOUT_MAP = 'AccountRegions';
export const FANOUT_RUN = 'RunAccountRegion';
export const FANOUT_FAILED = 'AccountRegionFailed';

/** Lambda's transient faults, as Step Functions names them for the lambda:invoke integration. */
export const LAMBDA_TRANSIENT_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
] as const;

export type StateMachineDefinition = Record<string, unknown>;

export function fanoutDefinition(s: FanoutDefinitionSettings): StateMachineDefinition {
  if (!Number.isInteger(s.concurrency) || s.concurrency < 0)
    throw new Error(`concurrency must be a whole number >= 0, not ${s.concurrency}`);
  const source =
    s.items === 's3'
      ? {
          ItemReader: {
            Resource: 'arn:aws:states:::s3:getObject',
            ReaderConfig: { InputType: 'JSON' },
            Parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.key' },
          },
        }
      : { ItemsPath: '$.items' };
  return {
    Comment: 'c7n-ts org fan-out: runs policies in each account×region (c7n-ts org deploy-fanout)',
    StartAt: FANOUT_MAP,
    States: {
      [FANOUT_MAP]: {
        Type: 'Map',
        ...source,
        // Each item gets the run's output location beside its own fields.
        ItemSelector: { 'item.$': '$$.Map.Item.Value', 'output.$': '$.output' },
        MaxConcurrency: s.concurrency,
        // Items catch their own failures; a failed child workflow (a timeout) must not end the run.
        ToleratedFailurePercentage: 100,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: FANOUT_RUN,
          States: {
            [FANOUT_RUN]: {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke',
              Parameters: { FunctionName: s.functionArn, 'Payload.$': '$' },
              OutputPath: '$.Payload',
              Retry: [
                {
                  ErrorEquals: [...LAMBDA_TRANSIENT_ERRORS],
                  IntervalSeconds: 2,
                  MaxAttempts: 6,
                  BackoffRate: 2,
                  JitterStrategy: 'FULL',
                },
              ],
              Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: FANOUT_FAILED }],
              End: true,
            },
            [FANOUT_FAILED]: {
              Type: 'Pass',
              // The same shape as the function's answer for an account×region that could not run.
              Parameters: {
                'account.$': '$.item.account',
                'account_id.$': '$.item.account_id',
                'region.$': '$.item.region',
                status: 'error',
                'error.$': '$.error',
              },
              End: true,
            },
          },
        },
        ResultWriter: {
          Resource: 'arn:aws:states:::s3:putObject',
          Parameters: { Bucket: s.results.bucket, Prefix: s.results.prefix },
        },
        End: true,
      },
    },
  };
}
