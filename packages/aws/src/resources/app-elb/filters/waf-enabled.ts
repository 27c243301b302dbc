import { wafRegionalEnabledFilter } from '../../../common/filters/web-acl.js';

// A load balancer does not name its web ACL: the ACLs' associations are searched.
export default wafRegionalEnabledFilter({
  resources: ['aws.app-elb'],
  lookup: { kind: 'associations', resourceType: 'APPLICATION_LOAD_BALANCER', arnField: 'LoadBalancerArn' },
  noun: 'load balancers',
});
