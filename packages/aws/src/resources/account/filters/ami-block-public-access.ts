import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:ami-block-public-access';

export default defineFilter({
  type: 'ami-block-public-access',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        description:
          'true: match when public sharing of new AMIs is blocked in the region (`block-new-sharing`); false (the default): when it is not.',
      },
    },
  } as const,
  permissions: ['ec2:GetImageBlockPublicAccessState'],
  doc: {
    summary:
      "Accounts by the region's AMI Block Public Access state (EC2 GetImageBlockPublicAccessState), kept as a boolean in `c7n:ami-block-public-access`.",
    example: '- type: ami-block-public-access\n  value: false',
  },
  reads: () => [ANNOTATION],
  compile(opts) {
    const wanted = opts.value ?? false;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        // As c7n: asked on every evaluation, an absent state counting as unblocked.
        const out = await p.send('ec2', 'GetImageBlockPublicAccessState', {}, regionOf(ectx, p));
        const blocked = (out.ImageBlockPublicAccessState ?? 'unblocked') === 'block-new-sharing';
        for (const a of accounts) a[ANNOTATION] = blocked;
        return blocked === wanted ? accounts : [];
      },
    };
  },
});
