import { describe, expect, it } from 'vitest';
import {
  invokingEvent,
  itemEvaluation,
  notApplicable,
  obsoleteEvaluations,
  pollEvaluations,
} from './config-evaluations.js';

const item = {
  resourceType: 'AWS::EC2::Instance',
  resourceId: 'i-1',
  configurationItemStatus: 'OK',
  configurationItemCaptureTime: '2026-12-01T10:15:30.000Z',
};
const at = new Date('2026-12-01T12:00:00.000Z');

describe('config evaluations', () => {
  it("config-rule: c7n's compliance and annotations, at the item's capture time", () => {
    expect(itemEvaluation('p', item, 'matched')).toEqual({
      ComplianceResourceType: 'AWS::EC2::Instance',
      ComplianceResourceId: 'i-1',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'Resource is not compliant with policy:p',
      OrderingTimestamp: new Date('2026-12-01T10:15:30.000Z'),
    });
    expect(itemEvaluation('p', item, 'unmatched')).toMatchObject({
      ComplianceType: 'COMPLIANT',
      Annotation: 'The resource is compliant with policy:p.',
    });
    expect(itemEvaluation('p', item, 'not-applicable')).toMatchObject({
      ComplianceType: 'NOT_APPLICABLE',
      Annotation: 'The rule does not apply.',
    });
  });

  it('deleted, unrecorded or out-of-scope resources are not applicable', () => {
    expect(notApplicable({}, item)).toBe(false);
    expect(notApplicable({ eventLeftScope: true }, item)).toBe(true);
    expect(notApplicable({}, { ...item, configurationItemStatus: 'ResourceDeleted' })).toBe(true);
  });

  it('invokingEvent is a JSON string; anything else is said', () => {
    expect(invokingEvent({ invokingEvent: '{"a":1}' })).toEqual({ a: 1 });
    expect(invokingEvent({})).toContain('not an AWS Config rule invocation');
    expect(invokingEvent({ invokingEvent: 'x' })).toContain('not a JSON object');
  });

  it('config-poll-rule: matched NON_COMPLIANT first, then COMPLIANT; gone resources NOT_APPLICABLE', async () => {
    const latest = pollEvaluations('p', 'AWS::EC2::Volume', ['vol-1'], ['vol-2'], at);
    expect(latest.map((e) => [e.ComplianceResourceId, e.ComplianceType, e.Annotation])).toEqual([
      ['vol-1', 'NON_COMPLIANT', 'The resource is not compliant with policy:p.'],
      ['vol-2', 'COMPLIANT', 'The resource is compliant with policy:p.'],
    ]);
    const pages = [
      {
        EvaluationResults: [
          {
            EvaluationResultIdentifier: {
              EvaluationResultQualifier: { ResourceId: 'vol-1', ResourceType: 'AWS::EC2::Volume' },
            },
          },
        ],
        NextToken: 't2',
      },
      {
        EvaluationResults: [
          {
            EvaluationResultIdentifier: {
              EvaluationResultQualifier: { ResourceId: 'vol-3', ResourceType: 'AWS::EC2::Volume' },
            },
          },
        ],
      },
    ];
    const inputs: unknown[] = [];
    const send = async (_s: string, _o: string, input: Record<string, unknown>) => {
      inputs.push(input);
      return pages[inputs.length - 1];
    };
    expect(await obsoleteEvaluations(send, 'custodian-p', at, latest)).toEqual([
      {
        ComplianceResourceType: 'AWS::EC2::Volume',
        ComplianceResourceId: 'vol-3',
        Annotation: 'The rule does not apply.',
        ComplianceType: 'NOT_APPLICABLE',
        OrderingTimestamp: at,
      },
    ]);
    expect(inputs[1]).toEqual({
      ConfigRuleName: 'custodian-p',
      ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'],
      Limit: 100,
      NextToken: 't2',
    });
  });
});
