import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { providerOf, regionOf } from '../filters/fetch-related.js';
import {
  arnField,
  SHIELD_REGION,
  shieldArn,
  shieldSpecOf,
  shieldTrait,
  typeProtections,
} from '../shield/protections.js';

export default defineAction({
  type: 'set-shield',
  resources: shieldTrait,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'true (the default): protect the resources; false: remove their protection.',
      },
      sync: {
        type: 'boolean',
        default: false,
        description:
          "Also delete this type's protections (in the policy's region) whose resource no longer exists; the whole type is listed again to find them.",
      },
    },
  } as const,
  permissions: (opts) => [
    'shield:CreateProtection',
    'shield:ListProtections',
    ...(opts.state === false || opts.sync ? ['shield:DeleteProtection'] : []),
  ],
  doc: {
    summary:
      "Turn Shield Advanced protection on (CreateProtection, named after the resource) or off (DeleteProtection) for each resource, after listing the type's protections once (ListProtections, in us-east-1); resources already in the wanted state make no call. `sync` also deletes protections left by resources that are gone.",
    example: '- type: set-shield\n  state: true\n  sync: true',
  },
  reads: (_opts, rt) => [arnField(rt), rt.name ?? rt.id],
  async plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    if (!ctx.read) throw new Error('set-shield needs a reader for ListProtections');
    const read = ctx.read;
    const p = providerOf(ctx);
    const region = regionOf(ctx, p);
    const arnCtx = { region, accountId: p.accountId };
    const protections = await typeProtections(
      (input) => read('shield', 'ListProtections', input, SHIELD_REGION),
      rt,
    );
    const byArn = new Map(protections.map((x) => [x.ResourceArn, x]));
    const calls: PlannedCall[] = [];
    const shield = (
      operation: string,
      input: Record<string, unknown>,
      resourceIds: string[],
      describe: string,
    ) => calls.push({ service: 'shield', operation, input, resourceIds, describe, region: SHIELD_REGION });

    if (opts.sync) {
      // As c7n: the whole type again, unfiltered, to tell stale protections from live ones.
      const live = new Set((await p.related(rt.type, region)).map((r) => shieldArn(rt, r, arnCtx)));
      const global = shieldSpecOf(rt)?.global ?? false;
      for (const x of protections) {
        const arn = x.ResourceArn ?? '';
        if ((!global && !arn.includes(region)) || live.has(arn) || !x.Id) continue;
        shield(
          'DeleteProtection',
          { ProtectionId: x.Id },
          [],
          `delete the stale protection ${x.Id} of ${arn}`,
        );
      }
    }
    const state = opts.state ?? true;
    for (const r of resources) {
      const id = String(r[rt.id]);
      const arn = shieldArn(rt, r, arnCtx);
      if (!arn) continue;
      const existing = byArn.get(arn);
      if (existing && state) continue;
      if (!state) {
        // c7n would go on to create a protection for an unprotected resource even here; an
        // action asked to remove protection never adds one.
        if (existing?.Id) shield('DeleteProtection', { ProtectionId: existing.Id }, [id], `unprotect ${id}`);
        continue;
      }
      const name = String(r[rt.name ?? rt.id] ?? id);
      calls.push({
        service: 'shield',
        operation: 'CreateProtection',
        input: { Name: name, ResourceArn: arn },
        resourceIds: [id],
        describe: `protect ${id} with Shield Advanced`,
        region: SHIELD_REGION,
        okErrors: ['ResourceAlreadyExistsException'],
      });
    }
    return calls;
  },
});
