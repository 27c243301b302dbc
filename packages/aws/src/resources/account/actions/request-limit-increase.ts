/**
 * Cloud Custodian's account `request-limit-increase`: one support case per service whose limits
 * `service-limit` found over its threshold (`c7n:ServiceLimitsExceeded`), asking for each limit
 * to be raised by a percentage or an amount.
 */
import { defineAction, formatString, type PlannedCall, type Problem } from '@c7n-ts/core';
import { supportRegion } from '../../../common/support/region.js';

const DEFAULT_SUBJECT = '[Account:{account}]Raise the following limit(s) of {service} in {region}';
const DEFAULT_MESSAGE = 'Please raise the below account limit(s); \n {limits}';

/** Support's service codes for the services Trusted Advisor reports limits of. */
const SERVICE_CODES: Readonly<Record<string, string>> = {
  AutoScaling: 'auto-scaling',
  CloudFormation: 'aws-cloudformation',
  DynamoDB: 'amazon-dynamodb',
  EBS: 'amazon-elastic-block-store',
  EC2: 'amazon-elastic-compute-cloud-linux',
  ELB: 'elastic-load-balancing',
  IAM: 'aws-identity-and-access-management',
  Kinesis: 'amazon-kinesis',
  RDS: 'amazon-relational-database-service-aurora',
  Route53: 'amazon-route53',
  SES: 'amazon-simple-email-service',
  VPC: 'amazon-virtual-private-cloud',
};

/** Python 3's `round`: halves go to the even neighbour. */
function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

type Limit = { service?: string; region?: string; check?: string; limit?: string; extant?: string };

export default defineAction({
  type: 'request-limit-increase',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'percent-increase': {
        type: 'number',
        minimum: 1,
        description:
          'Raise each limit by this percentage of its current value (at least `minimum-increase`).',
      },
      'amount-increase': { type: 'number', minimum: 1, description: 'Raise each limit by this amount.' },
      'minimum-increase': {
        type: 'number',
        minimum: 1,
        description: 'The smallest raise `percent-increase` asks for (default 1).',
      },
      subject: {
        type: 'string',
        description:
          'Case subject; `{account}`, `{service}` and `{region}` are filled in. Default: `[Account:{account}]Raise the following limit(s) of {service} in {region}`.',
      },
      message: {
        type: 'string',
        description:
          'Case body; `{service}` and `{limits}` (one paragraph per limit) are filled in. Default: `Please raise the below account limit(s); \\n {limits}`.',
      },
      notify: {
        type: 'array',
        items: { type: 'string' },
        description: 'Email addresses copied on the case.',
      },
      severity: {
        enum: ['urgent', 'high', 'normal', 'low'],
        default: 'normal',
        description: "The case's severity.",
      },
    },
  } as const,
  permissions: ['support:CreateCase'],
  messages: {
    'increase-required': 'one of percent-increase or amount-increase is required',
    'increase-both': 'percent-increase and amount-increase cannot both be given',
  },
  doc: {
    summary:
      'Open an AWS Support case (CreateCase, category general-guidance) per service asking to raise the limits `service-limit` found over its threshold, each by `percent-increase` percent or by `amount-increase`.',
    example: '- type: request-limit-increase\n  notify: [ops@example.com]\n  percent-increase: 50',
  },
  check(opts) {
    const percent = opts['percent-increase'] !== undefined;
    const amount = opts['amount-increase'] !== undefined;
    // Cloud Custodian's schema: exactly one of the two (oneOf).
    const problems: Problem[] = [];
    if (!percent && !amount)
      problems.push({
        messageId: 'increase-required',
        message: 'request-limit-increase needs percent-increase or amount-increase',
      });
    if (percent && amount)
      problems.push({
        messageId: 'increase-both',
        message: 'request-limit-increase takes percent-increase or amount-increase, not both',
        path: ['amount-increase'],
        at: 'key',
      });
    return problems;
  },
  reads: () => ['account_id'],
  plan(accounts, opts, ctx) {
    const account = accounts[0];
    if (!account) return [];
    const exceeded = (account['c7n:ServiceLimitsExceeded'] ?? []) as Limit[];
    const accountId = ctx.accountId ?? String(account.account_id);
    const byService = new Map<string, { region: string; lines: string[] }>();
    for (const s of exceeded) {
      const current = Number.parseInt(String(s.limit), 10);
      const percent = opts['percent-increase'];
      const by = pyRound(
        percent !== undefined
          ? Math.max((current * percent) / 100, opts['minimum-increase'] ?? 1)
          : (opts['amount-increase'] ?? 0),
      );
      const line = `\nIncrease ${s.check} by ${by} in ${s.region} \n\t Current Limit: ${s.limit}\n\t Current Usage: ${s.extant}\n\t Set New Limit to: ${current + by}`;
      const service = String(s.service);
      const entry = byService.get(service) ?? { region: String(s.region), lines: [] };
      entry.lines.push(line);
      byService.set(service, entry);
    }
    const region = supportRegion(ctx.region ?? 'us-east-1');
    const calls: PlannedCall[] = [];
    for (const [service, { region: limitRegion, lines }] of byService) {
      const subject = formatString(opts.subject ?? DEFAULT_SUBJECT, {
        service,
        region: limitRegion,
        account: accountId,
      });
      const body = formatString(opts.message ?? DEFAULT_MESSAGE, { service, limits: lines.join('\n\t') });
      const serviceCode = SERVICE_CODES[service];
      calls.push({
        service: 'support',
        operation: 'CreateCase',
        input: {
          subject,
          communicationBody: body,
          ...(serviceCode && { serviceCode }),
          categoryCode: 'general-guidance',
          severityCode: opts.severity ?? 'normal',
          ccEmailAddresses: [...(opts.notify ?? [])],
        },
        resourceIds: [String(account.account_id)],
        region,
        describe: `open a support case to raise ${lines.length} ${service} limit(s) of account ${accountId}`,
      });
    }
    return calls;
  },
});
