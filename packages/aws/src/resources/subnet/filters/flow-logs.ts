import { flowLogsFilter } from '../../vpc/filters/_flow-logs.js';

export default flowLogsFilter({ resource: 'aws.subnet', idField: 'SubnetId', what: 'Subnets' });
