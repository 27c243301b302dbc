import { defineFilter } from '@c7n-ts/core';
import { arnField, SHIELD_REGION, shieldArn, shieldTrait, typeProtections } from '../shield/protections.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where each resource's protection status is left, under Cloud Custodian's key. */
const ANNOTATION = 'c7n:ShieldProtected';

export default defineFilter({
  type: 'shield-enabled',
  resources: shieldTrait,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description: 'true: resources Shield Advanced protects; false (the default): resources it does not.',
      },
    },
  } as const,
  permissions: ['shield:ListProtections'],
  doc: {
    summary:
      "Resources by whether Shield Advanced protects them: the type's protections are listed once (ListProtections, in us-east-1; an account without Shield Advanced has none) and matched by ARN. Each resource gets `c7n:ShieldProtected`.",
    example: '- type: shield-enabled\n  state: false',
  },
  reads: (_opts, rt) => [arnField(rt)],
  compile(opts, cctx) {
    const rt = cctx.resourceType;
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(resources, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const protections = await typeProtections(
          (input) => p.send('shield', 'ListProtections', input, SHIELD_REGION),
          rt,
        );
        const protectedArns = new Set(protections.map((x) => x.ResourceArn));
        return resources.filter((r) => {
          const shielded = protectedArns.has(shieldArn(rt, r, { region, accountId: p.accountId }));
          r[ANNOTATION] = shielded;
          return shielded === state;
        });
      },
    };
  },
});
