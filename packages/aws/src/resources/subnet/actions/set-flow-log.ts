import { setFlowLogAction } from '../../vpc/actions/_set-flow-log.js';

export default setFlowLogAction({ resource: 'aws.subnet', idField: 'SubnetId', resourceType: 'Subnet' });
