/**
 * Cloud Custodian's AutoscalingBase `resize`: resize an Application Auto Scaling target (min,
 * max, desired), saving the prior sizes to a tag or restoring them from one, and suspending or
 * resuming its scaling activities. The targets come from DescribeScalableTargets of the
 * namespace (every page), in the order AWS lists them; a resource without a target of the
 * dimension gets no call. Per target, as c7n: suspend/resume (RegisterScalableTarget of the
 * suspended states that differ), the resource's own desired count (a type's call), the target's
 * capacity (RegisterScalableTarget, min lowered to the new desired), then the saved sizes' tag.
 */
import { type ActionContext, defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { planTag } from '../tagging/index.js';

export interface AutoscalingResizeSpec {
  resources: string[];
  /** Application Auto Scaling namespace (`ecs`). */
  namespace: string;
  /** The scalable dimension (`ecs:service:DesiredCount`). */
  dimension: string;
  /** The resource's id as its target names it (`service/<cluster>/<name>`). */
  resourceId(r: Resource): string;
  /** The resource's current desired count. */
  desired(r: Resource): number;
  /** The call setting the resource's desired count. */
  setDesired(r: Resource, desired: number): PlannedCall;
  /** The resource's id in outcomes. */
  id(r: Resource): string;
  /** Permissions of `setDesired` and the tag call. */
  permissions: string[];
  summary: string;
}

interface Target {
  ResourceId: string;
  ScalableDimension: string;
  MinCapacity: number;
  MaxCapacity: number;
  SuspendedState?: Record<string, boolean>;
}

const SIZES = /^(Min|Max|Desired)=(\d+)$/;

function tagValue(r: Resource, key: string): string | undefined {
  const tags = Array.isArray(r.Tags) ? (r.Tags as { Key?: unknown; Value?: unknown }[]) : [];
  const t = tags.find((x) => x.Key === key);
  return typeof t?.Value === 'string' ? t.Value : undefined;
}

export function autoscalingResize(spec: AutoscalingResizeSpec) {
  return defineAction({
    type: 'resize',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'min-capacity': { type: 'integer', minimum: 0, description: "The target's new minimum capacity." },
        'max-capacity': { type: 'integer', minimum: 0, description: "The target's new maximum capacity." },
        desired: {
          anyOf: [{ enum: ['current'] }, { type: 'integer', minimum: 0 }],
          description: 'The new desired count (the minimum is lowered to it when above); `current` keeps it.',
        },
        'save-options-tag': {
          type: 'string',
          description:
            'Tag to save the prior sizes to (`Min=1:Max=4:Desired=2`), when the resize changed something.',
        },
        'restore-options-tag': {
          type: 'string',
          description:
            'Tag to restore the sizes from (as saved by `save-options-tag`); the other size options are then ignored.',
        },
        'suspend-scaling': { type: 'boolean', description: "Suspend the target's scaling activities." },
        'restore-scaling': { type: 'boolean', description: "Resume the target's scaling activities." },
      },
    } as const,
    permissions: [
      'application-autoscaling:DescribeScalableTargets',
      'application-autoscaling:RegisterScalableTarget',
      ...spec.permissions,
    ],
    doc: {
      summary: spec.summary,
      example: [
        '- type: resize',
        '  min-capacity: 0',
        '  desired: 0',
        '  save-options-tag: OffHoursPrevious',
        '  suspend-scaling: true',
      ].join('\n'),
    },
    reads: () => ['Tags'],
    async plan(resources: Resource[], opts, ctx: ActionContext) {
      if (!ctx.read) throw new Error('resize needs to read the scalable targets');
      const byId = new Map(resources.map((r) => [spec.resourceId(r), r]));
      const targets: Target[] = [];
      let token: string | undefined;
      do {
        const page = (await ctx.read('application-autoscaling', 'DescribeScalableTargets', {
          ServiceNamespace: spec.namespace,
          ...(token && { NextToken: token }),
        })) as { ScalableTargets?: Target[]; NextToken?: string };
        targets.push(...(page.ScalableTargets ?? []));
        token = page.NextToken || undefined;
      } while (token);

      const calls: PlannedCall[] = [];
      const register = (r: Resource, t: Target, input: Record<string, unknown>, describe: string) =>
        calls.push({
          service: 'application-autoscaling',
          operation: 'RegisterScalableTarget',
          input: {
            ServiceNamespace: spec.namespace,
            ResourceId: t.ResourceId,
            ScalableDimension: spec.dimension,
            ...input,
          },
          resourceIds: [spec.id(r)],
          describe,
        });
      const suspended = (r: Resource, t: Target, value: boolean) => {
        const changes = Object.fromEntries(
          Object.entries(t.SuspendedState ?? {}).flatMap(([k, v]) => (v !== value ? [[k, value]] : [])),
        );
        if (Object.keys(changes).length)
          register(
            r,
            t,
            { SuspendedState: changes },
            `${value ? 'suspend' : 'resume'} scaling of ${t.ResourceId}`,
          );
      };
      const update = (r: Resource, t: Target, min?: number, max?: number, desired?: number): boolean => {
        let updated = false;
        const current = spec.desired(r);
        let newMin = min;
        if (desired !== undefined && desired !== current) {
          calls.push(spec.setDesired(r, desired));
          updated = true;
          newMin = Math.min(desired, newMin ?? t.MinCapacity);
        }
        const changes: Record<string, number> = {};
        if (newMin !== undefined && newMin !== t.MinCapacity) changes.MinCapacity = newMin;
        if (max !== undefined && max !== t.MaxCapacity) changes.MaxCapacity = max;
        if (Object.keys(changes).length) {
          const what = Object.entries(changes)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ');
          register(r, t, changes, `resize ${t.ResourceId}: ${what}`);
          updated = true;
        }
        return updated;
      };

      for (const t of targets) {
        const r = byId.get(t.ResourceId);
        if (!r || t.ScalableDimension !== spec.dimension) continue;
        if (opts['suspend-scaling']) suspended(r, t, true);
        if (opts['restore-scaling']) suspended(r, t, false);
        const restoreTag = opts['restore-options-tag'];
        if (restoreTag !== undefined) {
          const saved = tagValue(r, restoreTag);
          if (saved === undefined) continue;
          const sizes: Record<string, number> = {};
          for (const field of saved.split(':')) {
            const m = SIZES.exec(field);
            if (m?.[1] && m[2]) sizes[m[1]] = Number(m[2]);
            // c7n raises on a field it cannot parse; one odd tag should not stop the others.
            else
              ctx.log?.(
                'warn',
                `resize: ${restoreTag} of ${spec.id(r)} has an unreadable size ${JSON.stringify(field)}`,
              );
          }
          update(r, t, sizes.Min, sizes.Max, sizes.Desired);
          continue;
        }
        const desired = opts.desired === 'current' || opts.desired === undefined ? undefined : opts.desired;
        const prior = spec.desired(r);
        const updated = update(r, t, opts['min-capacity'], opts['max-capacity'], desired);
        const saveTag = opts['save-options-tag'];
        if (saveTag !== undefined && updated)
          calls.push(
            ...(await planTag(
              ctx.resourceType,
              [r],
              { [saveTag]: `Min=${t.MinCapacity}:Max=${t.MaxCapacity}:Desired=${prior}` },
              ctx,
            )),
          );
      }
      return calls;
    },
  });
}
