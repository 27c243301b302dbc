/**
 * is-logging / is-not-logging of app-elb and elb: whether a load balancer writes access (or,
 * for ELBv2, connection) logs to S3, optionally to a given bucket and prefix, read from its
 * attributes as Cloud Custodian does.
 */
import { defineFilter, type FilterDecl, type Resource } from '@c7n-ts/core';
import { ALB_ATTRIBUTES, type AttributeSource, ELB_ATTRIBUTES, loadAttributes } from './_attributes.js';

interface Logging {
  enabled: unknown;
  bucket: unknown;
  prefix: unknown;
}

function albLogging(r: Resource, logType: string): Logging {
  const a = (r.Attributes ?? {}) as Record<string, unknown>;
  const prefix = logType === 'connection' ? 'connection_logs' : 'access_logs';
  return {
    enabled: a[`${prefix}.s3.enabled`],
    bucket: a[`${prefix}.s3.bucket`],
    prefix: a[`${prefix}.s3.prefix`],
  };
}

function elbLogging(r: Resource): Logging {
  const log = ((r.Attributes ?? {}) as { AccessLog?: Record<string, unknown> }).AccessLog ?? {};
  return { enabled: log.Enabled, bucket: log.S3BucketName, prefix: log.S3BucketPrefix };
}

/** c7n's test: enabled, and the bucket and prefix equal when given. */
function logsTo(l: Logging, bucket: string | undefined, prefix: string | undefined): boolean {
  return Boolean(l.enabled) && (!bucket || bucket === l.bucket) && (!prefix || prefix === l.prefix);
}

export function loggingFilter(resource: 'aws.app-elb' | 'aws.elb', negate: boolean): FilterDecl<any, any> {
  const type = negate ? 'is-not-logging' : 'is-logging';
  const alb = resource === 'aws.app-elb';
  const src: AttributeSource = alb ? ALB_ATTRIBUTES : ELB_ATTRIBUTES;
  return defineFilter({
    type,
    resources: [resource],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...(alb && {
          'log-type': {
            enum: ['access', 'connection'],
            default: 'access',
            description: 'Which S3 logs: access logs or (ELBv2) connection logs.',
          },
        }),
        bucket: { type: 'string', description: 'The S3 bucket the logs must (not) go to.' },
        prefix: { type: 'string', description: 'The key prefix the logs must (not) have.' },
      },
    },
    permissions: ['elasticloadbalancing:DescribeLoadBalancerAttributes'],
    doc: {
      summary: negate
        ? 'Load balancers not logging to S3, or logging to another bucket or prefix than the ones given (attributes read with DescribeLoadBalancerAttributes, one call each).'
        : 'Load balancers logging to S3, to the bucket and prefix when given (attributes read with DescribeLoadBalancerAttributes, one call each).',
      example: `- type: ${type}\n  bucket: prodlogs\n  prefix: ${alb ? 'alblogs' : 'elblogs'}`,
    },
    reads: () => [src.by, 'Attributes'],
    compile(opts) {
      const o = opts as { 'log-type'?: string; bucket?: string; prefix?: string };
      return {
        kind: 'process',
        async process(rs, ectx) {
          await loadAttributes(rs, ectx, src);
          return rs.filter((r) => {
            const l = alb ? albLogging(r, o['log-type'] ?? 'access') : elbLogging(r);
            return logsTo(l, o.bucket, o.prefix) !== negate;
          });
        },
      };
    },
  });
}
