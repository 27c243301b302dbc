import { wafv2EnabledFilter } from '../../../common/filters/web-acl.js';

// For WAFv2 CloudFront keeps the web ACL's ARN in `WebACLId`.
export default wafv2EnabledFilter({
  resources: ['aws.distribution'],
  lookup: { kind: 'arn', field: 'WebACLId', scope: 'CLOUDFRONT' },
  noun: 'distributions',
});
