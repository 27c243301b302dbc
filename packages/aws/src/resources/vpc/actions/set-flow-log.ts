import { setFlowLogAction } from './_set-flow-log.js';

export default setFlowLogAction({ resource: 'aws.vpc', idField: 'VpcId', resourceType: 'VPC' });
