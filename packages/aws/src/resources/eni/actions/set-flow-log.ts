import { setFlowLogAction } from '../../vpc/actions/_set-flow-log.js';

// c7n looks the resource type up by arn type (`network-interface`), which its table lacks, so
// its set-flow-log fails on eni; CreateFlowLogs names interfaces NetworkInterface.
export default setFlowLogAction({
  resource: 'aws.eni',
  idField: 'NetworkInterfaceId',
  resourceType: 'NetworkInterface',
});
