import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setLogging from './set-logging.js';

const arn = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/tester/05a86beb';
const destination = 'arn:aws:s3:::aws-waf-logs-central';

testAction(setLogging, {
  resourceType: resource,
  valid: [
    { destination },
    { destination: 'arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-x' },
    { destination, attributes: { RedactedFields: [{ SingleHeader: { Name: 'cookie' } }] } },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { destination: 'arn:aws:s3:::my-bucket' }, messageId: 'destination-name' },
    {
      options: { destination: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/logs' },
      messageId: 'destination-name',
    },
  ],
  cases: [
    {
      name: 'one PutLoggingConfiguration per ACL, the attributes merged into the configuration',
      options: { destination, attributes: { RedactedFields: [{ SingleHeader: { Name: 'cookie' } }] } },
      resources: [{ Id: '05a86beb', Name: 'tester', ARN: arn }],
      calls: [
        {
          service: 'wafv2',
          operation: 'PutLoggingConfiguration',
          input: {
            LoggingConfiguration: {
              ResourceArn: arn,
              LogDestinationConfigs: [destination],
              RedactedFields: [{ SingleHeader: { Name: 'cookie' } }],
            },
          },
          resourceIds: ['05a86beb'],
          okErrors: ['WAFNonexistentItemException'],
        },
      ],
    },
  ],
});
