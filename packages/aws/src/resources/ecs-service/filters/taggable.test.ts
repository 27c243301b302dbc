import { testFilter } from '@c7n-ts/core/testing';
import rt from '../resource.js';
import filter from './taggable.js';

const NEW = 'arn:aws:ecs:us-east-1:123456789012:service/prod/web';
const OLD = 'arn:aws:ecs:us-east-1:123456789012:service/legacy';

testFilter(filter, {
  resourceType: rt,
  valid: [{}, { state: true }, { state: false }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'state true: new-format ARNs',
      options: { state: true },
      resources: [{ serviceArn: NEW }, { serviceArn: OLD }],
      matches: [NEW],
    },
    {
      name: 'no state: the old-format ones, as c7n',
      options: {},
      resources: [{ serviceArn: NEW }, { serviceArn: OLD }],
      matches: [OLD],
    },
  ],
});
