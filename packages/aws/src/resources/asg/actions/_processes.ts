/** The scaling processes suspend and resume act on, as Cloud Custodian lists them. */
export const ASG_PROCESSES = [
  'Launch',
  'Terminate',
  'HealthCheck',
  'ReplaceUnhealthy',
  'AZRebalance',
  'AlarmNotification',
  'ScheduledActions',
  'AddToLoadBalancer',
  'InstanceRefresh',
] as const;

export const groupName = (a: Record<string, unknown>): string => String(a.AutoScalingGroupName);

export const instanceIdsOf = (a: Record<string, unknown>): string[] =>
  (Array.isArray(a.Instances) ? (a.Instances as { InstanceId?: string }[]) : []).flatMap((i) =>
    i.InstanceId ? [i.InstanceId] : [],
  );

/** The processes left once `exclude` is taken out, in Cloud Custodian's list order. */
export const processesBut = (exclude: readonly string[] | undefined): string[] =>
  ASG_PROCESSES.filter((p) => !(exclude ?? []).includes(p));
