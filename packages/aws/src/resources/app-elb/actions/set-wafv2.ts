import { setWafv2Action } from '../../../common/actions/_web-acl.js';

export default setWafv2Action({ resources: ['aws.app-elb'], arnField: 'LoadBalancerArn' });
