import { wafRegionalEnabledFilter } from '../../../common/filters/web-acl.js';

export default wafRegionalEnabledFilter({
  resources: ['aws.rest-stage'],
  lookup: { kind: 'arn', field: 'webAclArn', scope: 'REGIONAL' },
  noun: 'stages',
});
