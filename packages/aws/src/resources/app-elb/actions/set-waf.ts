import { setWafRegionalAction } from '../../../common/actions/_web-acl.js';

export default setWafRegionalAction({ resources: ['aws.app-elb'], arnField: 'LoadBalancerArn' });
