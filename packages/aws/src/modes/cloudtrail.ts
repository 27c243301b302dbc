import { defineMode, didYouMean, type Problem } from '@c7n-ts/core';
import { trailShortcuts } from './cloudtrail-shortcuts.js';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

export default defineMode({
  type: 'cloudtrail',
  resources: '*',
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['events'],
    properties: {
      events: {
        type: 'array',
        minItems: 1,
        description: 'CloudTrail API calls that trigger the policy: shortcuts or `{source, event, ids}`.',
        items: {
          anyOf: [
            { type: 'string', description: 'A shortcut such as `RunInstances` or `CreateBucket`.' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['source', 'event', 'ids'],
              properties: {
                source: { type: 'string', description: 'Event source, e.g. `ec2.amazonaws.com`.' },
                event: { type: 'string', description: 'CloudTrail eventName, e.g. `RunInstances`.' },
                ids: {
                  type: 'string',
                  description: 'JMESPath into the event `detail` (or from `detail.`) yielding resource ids.',
                },
              },
            },
          ],
        },
      },
      delay: {
        type: 'integer',
        minimum: 0,
        description: 'Seconds to wait before fetching the resources (eventual consistency).',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function triggered by CloudTrail API calls through EventBridge; it fetches only the resources named in the event.',
    example:
      'mode:\n  type: cloudtrail\n  role: arn:aws:iam::{account_id}:role/custodian\n  events:\n    - RunInstances\n    - source: ec2.amazonaws.com\n      event: CreateVolume\n      ids: responseElements.volumeId',
  },
  check(opts, ctx) {
    const problems: Problem[] = checkLambdaOptions(opts, ctx);
    opts.events.forEach((e, i) => {
      if (typeof e === 'string' && !(e in trailShortcuts)) {
        const near = didYouMean(e, Object.keys(trailShortcuts));
        problems.push({
          messageId: 'unknown-event',
          message: `unknown CloudTrail event shortcut "${e}"${near ? `; did you mean "${near}"?` : ''}`,
          hint: 'or write {source, event, ids} for any CloudTrail event',
          path: ['events', i],
        });
      }
    });
    return problems;
  },
});
