/**
 * Cloud Custodian's ecs-service modify-definition: register a new revision of each service's task
 * definition (DescribeTaskDefinition once per distinct definition, when planning) with
 * `properties` merged over it and, after a `cost-optimization` filter, the Rightsize
 * recommendation's cpu and memory (a one-container definition only); then UpdateService to the
 * new revision. Only services whose deployments ECS controls are changed; a definition that
 * would not change is left alone.
 */
import { defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { COST_OPTIMIZE } from '../../../common/filters/cost-optimization.js';
import { normalizeEcsTags } from '../../ecs/describe-clusters.js';
import { equal } from '../../s3/actions/_statements.js';

/** Describe-only members dropped before RegisterTaskDefinition, as c7n. */
const DESCRIBE_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'registeredAt',
  'registeredBy',
  'requiresAttributes',
];

/** Every filter type in a policy's filters, nested blocks included (c7n's iter_filters). */
function filterTypes(filters: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(filters)) return out;
  for (const f of filters) {
    if (typeof f === 'string') out.add(f);
    if (typeof f !== 'object' || f === null) continue;
    const entry = f as Record<string, unknown>;
    if (typeof entry.type === 'string') out.add(entry.type);
    for (const block of ['and', 'or', 'not']) filterTypes(entry[block], out);
  }
  return out;
}

/** c7n's get_target_task_def: the definition to register, or undefined when nothing changes. */
export function targetDefinition(
  service: Resource,
  current: Resource,
  properties: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const target: Record<string, unknown> = { ...structuredClone(current), ...structuredClone(properties) };
  const rec = service[COST_OPTIMIZE] as
    | { actionType?: string; recommendedResourceSummary?: string }
    | undefined;
  if (rec?.actionType === 'Rightsize') {
    const [cpuText = '', memText = ''] = String(rec.recommendedResourceSummary).split('/');
    const cpu = Math.trunc(Number.parseFloat(cpuText.split(' ')[0] ?? ''));
    const memory = Math.trunc(Number(memText.trim().split(' ')[0]));
    target.cpu = String(cpu);
    target.memory = String(memory);
    const containers = target.containerDefinitions as Record<string, unknown>[] | undefined;
    // As c7n: multi-container tasks are not resized.
    if (!containers || containers.length !== 1) return undefined;
    (containers[0] as Record<string, unknown>).memory = memory;
    (containers[0] as Record<string, unknown>).cpu = cpu;
  }
  if (equal(target, current)) return undefined;
  for (const k of DESCRIBE_ONLY) delete target[k];
  if ('compatibilities' in target) {
    target.requiresCompatibilities = target.compatibilities;
    delete target.compatibilities;
  }
  const tags = ((target.Tags ?? []) as { Key: unknown; Value: unknown }[]).map((t) => ({
    key: t.Key,
    value: t.Value,
  }));
  delete target.Tags;
  if (tags.length) target.tags = tags;
  return target;
}

export default defineAction({
  type: 'modify-definition',
  resources: ['aws.ecs-service'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      properties: {
        type: 'object',
        description:
          "Task definition members (RegisterTaskDefinition's: cpu, memory, containerDefinitions...) set over the current ones.",
      },
    },
  } as const,
  permissions: ['ecs:DescribeTaskDefinition', 'ecs:RegisterTaskDefinition', 'ecs:UpdateService'],
  doc: {
    summary:
      "Register a new revision of services' task definitions, with `properties` set over the current definition or, after a `cost-optimization` filter, the Rightsize recommendation's cpu and memory; then point the service at it with UpdateService. Only services deployed by ECS are changed.",
    example: "- type: modify-definition\n  properties:\n    cpu: '512'\n    memory: '1024'",
  },
  messages: {
    'needs-properties': 'modify-definition needs `properties` or a `cost-optimization` filter.',
  },
  check(opts, ctx) {
    const problems: Problem[] = [];
    const props = opts.properties as Record<string, unknown> | undefined;
    if (props && Object.keys(props).length) return problems;
    if (ctx.policy && !filterTypes(ctx.policy.filters).has('cost-optimization'))
      problems.push({
        messageId: 'needs-properties',
        message: 'modify-definition needs `properties` or a `cost-optimization` filter in the policy.',
      });
    return problems;
  },
  reads: () => [
    'serviceArn',
    'serviceName',
    'clusterArn',
    'taskDefinition',
    'deploymentController',
    COST_OPTIMIZE,
  ],
  async plan(services, opts, ctx) {
    if (!ctx.read) throw new Error('modify-definition needs to read task definitions');
    const defs = new Map<string, Resource>();
    for (const arn of new Set(services.map((s) => s.taskDefinition))) {
      if (typeof arn !== 'string') continue;
      const out = (await ctx.read('ecs', 'DescribeTaskDefinition', {
        taskDefinition: arn,
        include: ['TAGS'],
      })) as {
        taskDefinition?: Resource;
        tags?: unknown[];
      };
      const def = normalizeEcsTags({ ...out.taskDefinition, tags: out.tags ?? [] });
      defs.set(String(def.taskDefinitionArn), def);
    }
    const ecsDeployed = services.filter(
      (s) => (s.deploymentController as { type?: string } | undefined)?.type === 'ECS',
    );
    if (ecsDeployed.length < services.length)
      ctx.log?.(
        'warn',
        `modify-definition: ${services.length - ecsDeployed.length} services not deployed by ECS; skipped`,
      );
    const calls: PlannedCall[] = [];
    let nack = 0;
    for (const s of ecsDeployed) {
      const current = defs.get(String(s.taskDefinition));
      const target =
        current && targetDefinition(s, current, (opts.properties ?? {}) as Record<string, unknown>);
      if (!target) {
        nack++;
        continue;
      }
      const id = String(s.serviceArn);
      const ref = `task-definition:${id}`;
      // The cluster as the ARN's path names it (service/<cluster>/<name>).
      const path = id.split(':').at(-1)?.split('/') ?? [];
      const cluster = path.length > 2 ? path[1] : s.clusterArn;
      calls.push(
        {
          service: 'ecs',
          operation: 'RegisterTaskDefinition',
          input: target,
          resourceIds: [id],
          describe: `register a new revision of ${String(target.family)} for ${String(s.serviceName)}`,
          ref,
        },
        {
          service: 'ecs',
          operation: 'UpdateService',
          input: { cluster, service: s.serviceName },
          resourceIds: [id],
          describe: `point ${String(s.serviceName)} at the new revision of ${String(target.family)}`,
          bind: (outputs) => ({
            taskDefinition: (
              outputs.get(ref) as { taskDefinition?: { taskDefinitionArn?: string } } | undefined
            )?.taskDefinition?.taskDefinitionArn,
          }),
        },
      );
    }
    if (nack) ctx.log?.('warn', `modify-definition: ${nack} services not modified`);
    return calls;
  },
});
