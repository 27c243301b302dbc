import { defineAction, type Resource } from '@c7n-ts/core';
import { scopeOf } from '../resource.js';

/** The name a destination ARN ends with: after the last `/`, else its last `:` part. */
function destinationName(destination: string): string | undefined {
  const parts = destination.split(':');
  if (parts.length < 6) return undefined;
  const last = parts[parts.length - 1] ?? '';
  return last.includes('/') ? last.slice(last.lastIndexOf('/') + 1) : last;
}

export default defineAction({
  type: 'set-logging',
  resources: ['aws.wafv2'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['destination'],
    properties: {
      destination: {
        type: 'string',
        description:
          'ARN of the log destination (S3 bucket, CloudWatch Logs log group or Firehose stream); its name must start with `aws-waf-logs`.',
      },
      attributes: {
        type: 'object',
        description:
          'Further members of the LoggingConfiguration sent for each ACL (`RedactedFields`, `LoggingFilter`, `ManagedByFirewallManager`...).',
      },
    },
  } as const,
  permissions: ['wafv2:PutLoggingConfiguration'],
  messages: { 'destination-name': 'the log destination must be named aws-waf-logs-...' },
  doc: {
    summary:
      "Turn on logging of web ACLs to a destination with PutLoggingConfiguration (the ACL's ARN, the destination and any `attributes`), one call per ACL; an ACL gone since the listing is skipped.",
    example: '- type: set-logging\n  destination: arn:aws:s3:::aws-waf-logs-central',
  },
  check(opts) {
    // As c7n: WAF only logs to destinations whose name starts with aws-waf-logs.
    const name = destinationName(String(opts.destination));
    if (name === undefined || name.startsWith('aws-waf-logs')) return [];
    return [
      {
        messageId: 'destination-name',
        message: `set-logging: the destination must be named aws-waf-logs-..., got ${name}.`,
        path: ['destination'],
      },
    ];
  },
  reads: () => ['ARN', 'Name'],
  plan(resources: Resource[], opts) {
    return resources.flatMap((r) => {
      if (typeof r.ARN !== 'string') return [];
      const config = {
        ResourceArn: r.ARN,
        LogDestinationConfigs: [opts.destination],
        ...(opts.attributes ?? {}),
      };
      return [
        {
          service: 'wafv2',
          operation: 'PutLoggingConfiguration',
          input: { LoggingConfiguration: config },
          resourceIds: [String(r.Id ?? r.ARN)],
          describe: `log web ACL ${String(r.Name)} (${scopeOf(r.ARN)}) to ${opts.destination}`,
          okErrors: ['WAFNonexistentItemException'],
        },
      ];
    });
  },
});
