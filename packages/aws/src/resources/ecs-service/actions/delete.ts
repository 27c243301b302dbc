import { defineAction, type Resource } from '@c7n-ts/core';

type Rollout = { status?: string; desiredCount?: number; computedDesiredCount?: number };

/** The tasks the primary deployment (or, blue/green, the primary task set) wants, as c7n reads it. */
function primaryCount(service: Resource): number {
  if (Array.isArray(service.deployments)) {
    const primary = (service.deployments as Rollout[]).filter((d) => d.status === 'PRIMARY').pop();
    return primary?.desiredCount ?? 0;
  }
  if (Array.isArray(service.taskSets)) {
    const primary = (service.taskSets as Rollout[]).filter((t) => t.status === 'PRIMARY').pop();
    return primary?.computedDesiredCount ?? 0;
  }
  return 0;
}

export default defineAction({
  type: 'delete',
  resources: ['aws.ecs-service'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  // c7n names DeleteService only; a service with running tasks is first scaled to 0 (UpdateService).
  permissions: ['ecs:DeleteService', 'ecs:UpdateService'],
  doc: {
    summary:
      'Delete each service with DeleteService, first scaling it to 0 tasks with UpdateService when its primary deployment wants any (the API refuses otherwise); a service gone meanwhile is skipped.',
    example: '- delete',
  },
  reads: () => ['clusterArn', 'serviceName', 'serviceArn', 'deployments', 'taskSets'],
  plan(services: Resource[]) {
    return services.flatMap((s) => {
      const key = { cluster: s.clusterArn, service: String(s.serviceName) };
      const id = String(s.serviceArn);
      const gone = ['ServiceNotFoundException'];
      return [
        ...(primaryCount(s) > 0
          ? [
              {
                service: 'ecs',
                operation: 'UpdateService',
                input: { ...key, desiredCount: 0 },
                resourceIds: [id],
                describe: `scale service ${key.service} to 0 tasks`,
                okErrors: gone,
              },
            ]
          : []),
        {
          service: 'ecs',
          operation: 'DeleteService',
          input: key,
          resourceIds: [id],
          describe: `delete service ${key.service}`,
          okErrors: gone,
        },
      ];
    });
  },
});
