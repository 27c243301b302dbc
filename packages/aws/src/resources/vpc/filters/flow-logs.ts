import { flowLogsFilter } from './_flow-logs.js';

export default flowLogsFilter({ resource: 'aws.vpc', idField: 'VpcId', what: 'VPCs' });
