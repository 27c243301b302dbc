import { defineMode, type Problem } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';
import { schedulerExpressionProblem } from './schedule-expression.js';

// EventBridge Scheduler's limits on a schedule group name.
const GROUP_NAME = /^[0-9a-zA-Z-_.]{1,64}$/;

export default defineMode({
  type: 'schedule',
  resources: '*',
  serverless: true,
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['schedule'],
    properties: {
      schedule: {
        type: 'string',
        description:
          'EventBridge Scheduler expression: `rate(1 hour)`, `cron(0 12 * * ? *)` or `at(2027-01-01T09:00:00)`.',
      },
      timezone: {
        type: 'string',
        default: 'Etc/UTC',
        description: 'IANA time zone the cron or at expression is read in (ScheduleExpressionTimezone).',
      },
      'start-date': {
        type: 'string',
        description: 'When the schedule starts (ISO 8601, e.g. `2027-01-01T00:00:00Z`); StartDate.',
      },
      'end-date': {
        type: 'string',
        description: 'When the schedule ends (ISO 8601); EndDate.',
      },
      'scheduler-role': {
        type: 'string',
        description:
          'ARN (or name) of the IAM role EventBridge Scheduler assumes to invoke the function (it needs lambda:InvokeFunction); `{account_id}` is interpolated.',
      },
      'group-name': {
        type: 'string',
        default: 'default',
        description: 'Scheduler schedule group of the schedule; the group must exist.',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that an EventBridge Scheduler schedule runs (time zones, start and end dates); each run lists, filters and acts as in pull mode.',
    example:
      'mode:\n  type: schedule\n  schedule: cron(0 8 ? * MON-FRI *)\n  timezone: Europe/Paris\n  role: arn:aws:iam::{account_id}:role/custodian\n  scheduler-role: arn:aws:iam::{account_id}:role/custodian-scheduler',
  },
  check(opts, ctx) {
    const problems: Problem[] = checkLambdaOptions(opts, ctx);
    const why = schedulerExpressionProblem(opts.schedule);
    if (why)
      problems.push({
        messageId: 'invalid-schedule',
        message: `schedule "${opts.schedule}" is not valid: ${why}`,
        path: ['schedule'],
      });
    if (opts.timezone !== undefined && !isTimeZone(opts.timezone))
      problems.push({
        messageId: 'invalid-timezone',
        message: `timezone "${opts.timezone}" is not an IANA time zone`,
        hint: 'e.g. Etc/UTC, Europe/Paris, America/New_York',
        path: ['timezone'],
      });
    for (const key of ['start-date', 'end-date'] as const) {
      const v = opts[key];
      if (v !== undefined && Number.isNaN(Date.parse(v)))
        problems.push({
          messageId: 'invalid-date',
          message: `${key} "${v}" is not a date`,
          hint: 'write an ISO 8601 date and time, e.g. 2027-01-01T00:00:00Z',
          path: [key],
        });
    }
    const start = opts['start-date'] && Date.parse(opts['start-date']);
    const end = opts['end-date'] && Date.parse(opts['end-date']);
    if (start && end && end <= start)
      problems.push({
        messageId: 'invalid-date',
        message: `end-date "${opts['end-date']}" is not after start-date "${opts['start-date']}"`,
        path: ['end-date'],
      });
    const group = opts['group-name'];
    if (group !== undefined && !GROUP_NAME.test(group))
      problems.push({
        messageId: 'invalid-group-name',
        message: `group-name "${group}" is not a schedule group name (1-64 letters, digits, - _ .)`,
        path: ['group-name'],
      });
    // Scheduler's schedules have no event pattern: c7n's schedule mode drops `pattern`.
    if (opts.pattern !== undefined)
      problems.push({
        messageId: 'ignored-option',
        message: '"pattern" is ignored in schedule mode: a Scheduler schedule has no event pattern',
        path: ['pattern'],
        at: 'key',
        severity: 'warning',
      });
    return problems;
  },
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
