import { setWafv2Action } from '../../../common/actions/_web-acl.js';

export default setWafv2Action({
  resources: ['aws.rest-stage'],
  arnField: 'stageArn',
  stateNeedsWebAcl: true,
});
