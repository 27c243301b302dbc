import { defineFilter } from '@c7n-ts/core';

type Elb = {
  HealthCheck?: { Target?: string };
  ListenerDescriptions?: { Listener?: { InstanceProtocol?: string } }[];
};

export default defineFilter({
  type: 'healthcheck-protocol-mismatch',
  pure: true,
  resources: ['aws.elb'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: {
    summary:
      "Classic load balancers by their health check protocol (the part of HealthCheck.Target before ':') and their listeners' instance protocols. Kept exactly as Cloud Custodian decides it: a load balancer matches when it has no listeners, or when one listener's InstanceProtocol is the health check protocol.",
    example: '- type: healthcheck-protocol-mismatch',
  },
  reads: () => ['HealthCheck', 'ListenerDescriptions'],
  compile: () => ({
    kind: 'match',
    match(r) {
      const elb = r as Elb;
      const protocol = String(elb.HealthCheck?.Target ?? '').split(':')[0];
      const listeners = elb.ListenerDescriptions ?? [];
      if (listeners.length === 0) return true;
      return listeners.some((l) => l.Listener?.InstanceProtocol === protocol);
    },
  }),
});
