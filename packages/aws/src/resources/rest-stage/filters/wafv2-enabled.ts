import { wafv2EnabledFilter } from '../../../common/filters/web-acl.js';

export default wafv2EnabledFilter({
  resources: ['aws.rest-stage'],
  lookup: { kind: 'arn', field: 'webAclArn', scope: 'REGIONAL' },
  noun: 'stages',
});
