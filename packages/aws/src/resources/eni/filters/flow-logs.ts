import { flowLogsFilter } from '../../vpc/filters/_flow-logs.js';

export default flowLogsFilter({
  resource: 'aws.eni',
  idField: 'NetworkInterfaceId',
  what: 'Network interfaces',
});
