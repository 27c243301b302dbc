/** deploySpec for the config and Security Hub modes: what c7n/mu.py ConfigRule and SecurityHubAction put. */
import { describe, expect, it } from 'vitest';
import { DeployInputError, deploySpec } from './function-config.js';

const ctx = { accountId: '111122223333', region: 'us-east-1', version: '1.2.3' };
const ec2 = { configType: 'AWS::EC2::Instance', cfnType: 'AWS::EC2::Instance' };
const policy = (mode: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'p',
  resource: 'aws.ec2',
  mode: { role: 'custodian', ...mode },
  ...extra,
});

describe('deploySpec for config modes', () => {
  it('config-rule: a change-triggered rule scoped to the Config type, no EventBridge rule', () => {
    const spec = deploySpec('p', policy({ type: 'config-rule' }), { ...ctx, resource: ec2 });
    expect(spec.rule).toBeUndefined();
    expect(spec.configRule).toEqual({
      ConfigRuleName: 'custodian-p',
      Description: 'c7n-ts policy p',
      Source: {
        Owner: 'CUSTOM_LAMBDA',
        SourceDetails: [{ EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' }],
      },
      Scope: { ComplianceResourceTypes: ['AWS::EC2::Instance'] },
    });
    expect(spec.tags['c7n-ts:config-rule']).toBe('custodian-p');
  });

  it('config-poll-rule: a scheduled rule without scope, at the frequency of mode.schedule', () => {
    const spec = deploySpec(
      'p',
      policy({ type: 'config-poll-rule', schedule: 'Three_Hours', 'ignore-support-check': true }),
      { ...ctx, resource: ec2 },
    );
    expect(spec.configRule).toEqual({
      ConfigRuleName: 'custodian-p',
      Description: 'c7n-ts policy p',
      Source: {
        Owner: 'CUSTOM_LAMBDA',
        SourceDetails: [{ EventSource: 'aws.config', MessageType: 'ScheduledNotification' }],
      },
      MaximumExecutionFrequency: 'Three_Hours',
    });
  });

  it('refuses a type without a Config type', () => {
    expect(() => deploySpec('p', policy({ type: 'config-rule' }), ctx)).toThrow(DeployInputError);
  });
});

describe('deploySpec for hub modes', () => {
  it('hub-finding: a rule on imported findings', () => {
    const spec = deploySpec('p', policy({ type: 'hub-finding' }), ctx);
    expect(JSON.parse(spec.rule!.EventPattern!)).toEqual({
      source: ['aws.securityhub'],
      'detail-type': ['Security Hub Findings - Imported'],
    });
    expect(spec.actionTarget).toBeUndefined();
  });

  it('hub-action: a custom action named after the type and policy, and a rule on its ARN (pattern replaced)', () => {
    const spec = deploySpec(
      'p',
      policy({ type: 'hub-action', pattern: { detail: { x: ['y'] } } }, { resource: 'aws.ebs-snapshot' }),
      ctx,
    );
    const arn = 'arn:aws:securityhub:us-east-1:111122223333:action/custom/p';
    expect(JSON.parse(spec.rule!.EventPattern!)).toEqual({
      source: ['aws.securityhub'],
      'detail-type': ['Security Hub Findings - Custom Action', 'Security Hub Insight Results'],
      resources: [arn],
    });
    expect(spec.actionTarget).toEqual({
      ActionTargetArn: arn,
      Id: 'p',
      Name: 'Ebs-Snapshot p',
      Description: 'p',
    });
    expect(spec.tags['c7n-ts:hub-action']).toBe(arn);
  });

  it('hub-action: the title names it, the description (or title) describes it, cut at 500', () => {
    const long = deploySpec(
      'p',
      policy({ type: 'hub-action' }, { title: 'Stop it', description: ` ${'d'.repeat(600)}` }),
      ctx,
    );
    expect(long.actionTarget?.Name).toBe('Stop it');
    expect(long.actionTarget?.Description).toBe('d'.repeat(500));
    const titled = deploySpec('p', policy({ type: 'hub-action' }, { title: 'Stop it' }), ctx);
    expect(titled.actionTarget?.Description).toBe('Stop it');
  });
});
