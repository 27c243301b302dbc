import { autoscalingResize } from '../../../common/actions/_app-autoscaling-resize.js';

export default autoscalingResize({
  resources: ['aws.ecs-service'],
  namespace: 'ecs',
  dimension: 'ecs:service:DesiredCount',
  // The target's id is the ARN's resource part, `service/<cluster>/<name>`.
  resourceId: (s) => String(s.serviceArn).split(':').at(-1) ?? '',
  desired: (s) => Number(s.desiredCount),
  setDesired: (s, desiredCount) => ({
    service: 'ecs',
    operation: 'UpdateService',
    input: { cluster: s.clusterArn, service: s.serviceName, desiredCount },
    resourceIds: [String(s.serviceArn)],
    describe: `set the desired count of ${String(s.serviceName)} to ${desiredCount}`,
  }),
  id: (s) => String(s.serviceArn),
  permissions: ['ecs:UpdateService', 'ecs:TagResource', 'ecs:UntagResource'],
  summary:
    "Resize services through their Application Auto Scaling target (`ecs:service:DesiredCount`, found with DescribeScalableTargets): the desired count with UpdateService, min and max capacity with RegisterScalableTarget (the minimum lowered to a smaller desired count). `save-options-tag` saves the prior sizes to a tag when something changed; `restore-options-tag` resizes to the sizes a tag saved; `suspend-scaling`/`restore-scaling` suspend or resume the target's scaling. A service without a target gets no call.",
});
