import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import noOp from './no-op.js';

testAction(noOp, {
  resourceType: s3,
  valid: [{}],
  invalid: [{ options: { state: true }, messageId: 'schema' }],
  cases: [{ name: 'plans nothing', options: {}, resources: [{ Name: 'b1' }], calls: [] }],
});
