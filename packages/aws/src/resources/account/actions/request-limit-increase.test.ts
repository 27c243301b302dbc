import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import requestLimitIncrease from './request-limit-increase.js';

const limit = (service: string, check: string, max: string, used: string, region = 'us-east-1') => ({
  region,
  service,
  check,
  limit: max,
  extant: used,
  color: 'Yellow',
  status: 'warning',
});
const acct = {
  account_id: '123456789012',
  account_name: 'prod',
  'c7n:ServiceLimitsExceeded': [
    limit('VPC', 'VPCs', '5', '4'),
    limit('VPC', 'Internet gateways', '5', '5'),
    limit('EBS', 'Provisioned IOPS', '300000', '290000'),
  ],
};

testAction(requestLimitIncrease, {
  resourceType: account,
  context: { accountId: '123456789012', region: 'eu-west-1' },
  valid: [{ 'percent-increase': 50 }, { 'amount-increase': 10, severity: 'high', notify: ['a@example.com'] }],
  invalid: [
    { options: {}, messageId: 'increase-required' },
    {
      options: { 'percent-increase': 50, 'amount-increase': 5 },
      messageId: 'increase-both',
      path: ['amount-increase'],
    },
    { options: { 'percent-increase': 0.5 }, messageId: 'schema', path: ['percent-increase'] },
    { options: { 'amount-increase': 5, severity: 'critical' }, messageId: 'schema', path: ['severity'] },
  ],
  cases: [
    {
      name: 'one case per service, in the support region; 50% of 5 rounds half to even',
      options: { 'percent-increase': 50, notify: ['ops@example.com'] },
      resources: [acct],
      calls: [
        {
          service: 'support',
          operation: 'CreateCase',
          region: 'us-east-1',
          resourceIds: ['123456789012'],
          input: {
            subject: '[Account:123456789012]Raise the following limit(s) of VPC in us-east-1',
            communicationBody:
              'Please raise the below account limit(s); \n \nIncrease VPCs by 2 in us-east-1 \n\t Current Limit: 5\n\t Current Usage: 4\n\t Set New Limit to: 7\n\t\nIncrease Internet gateways by 2 in us-east-1 \n\t Current Limit: 5\n\t Current Usage: 5\n\t Set New Limit to: 7',
            serviceCode: 'amazon-virtual-private-cloud',
            categoryCode: 'general-guidance',
            severityCode: 'normal',
            ccEmailAddresses: ['ops@example.com'],
          },
        },
        {
          input: {
            subject: '[Account:123456789012]Raise the following limit(s) of EBS in us-east-1',
            serviceCode: 'amazon-elastic-block-store',
            ccEmailAddresses: ['ops@example.com'],
          },
        },
      ],
    },
    {
      name: 'minimum-increase floors a small percentage; subject and message templates',
      options: {
        'percent-increase': 1,
        'minimum-increase': 3,
        subject: '{service} limits of {account}',
        message: '{service}: {limits}',
        severity: 'low',
      },
      resources: [{ ...acct, 'c7n:ServiceLimitsExceeded': [limit('VPC', 'VPCs', '5', '4')] }],
      calls: [
        {
          input: {
            subject: 'VPC limits of 123456789012',
            communicationBody:
              'VPC: \nIncrease VPCs by 3 in us-east-1 \n\t Current Limit: 5\n\t Current Usage: 4\n\t Set New Limit to: 8',
            severityCode: 'low',
          },
        },
      ],
    },
    {
      name: 'amount-increase',
      options: { 'amount-increase': 100 },
      resources: [
        { ...acct, 'c7n:ServiceLimitsExceeded': [limit('EBS', 'Provisioned IOPS', '300000', '290000')] },
      ],
      calls: [
        {
          input: {
            communicationBody: expectBody('Provisioned IOPS', 100, '300000', '290000', 300100),
            ccEmailAddresses: [],
          },
        },
      ],
    },
    {
      name: 'nothing over a limit: no case',
      options: { 'amount-increase': 100 },
      resources: [{ account_id: '123456789012', account_name: 'prod' }],
      calls: [],
    },
  ],
});

function expectBody(check: string, by: number, max: string, used: string, next: number) {
  return `Please raise the below account limit(s); \n \nIncrease ${check} by ${by} in us-east-1 \n\t Current Limit: ${max}\n\t Current Usage: ${used}\n\t Set New Limit to: ${next}`;
}
