import { ageMs, compare, comparisonOp, defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { INSTANCE_IMAGE, imagesById } from './image.js';

/** c7n dates an instance whose image is gone at 2000-01-01, so it counts as old. */
const GONE = Date.parse('2000-01-01T01:01:01.000Z');

export default defineFilter({
  type: 'image-age',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: {
        ...comparisonOp,
        default: 'greater-than',
        description: `${comparisonOp.description} Default greater-than.`,
      },
      days: { type: 'number', description: "Age of the instance's image in days; fractions allowed." },
    },
  } as const,
  permissions: ['ec2:DescribeImages'],
  doc: {
    summary:
      "Instances whose machine image is older (by default) than `days`, by the image's CreationDate. Images the account owns come from one DescribeImages listing, others are fetched by id; an instance whose image no longer exists counts as dated 2000-01-01, as in Cloud Custodian.",
    example: '- type: image-age\n  op: ge\n  days: 90',
  },
  reads: () => ['ImageId', INSTANCE_IMAGE],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'process',
      async process(rs, ctx) {
        const wanted = rs.filter((r) => !(INSTANCE_IMAGE in r)).map((r) => String(r.ImageId));
        const images = wanted.length ? await imagesById(ctx, wanted) : new Map<string, Resource>();
        for (const r of rs) if (!r[INSTANCE_IMAGE]) r[INSTANCE_IMAGE] = images.get(String(r.ImageId)) ?? null;
        const threshold = ctx.now - ageMs(opts);
        return rs.filter((r) => {
          const image = r[INSTANCE_IMAGE] as Resource | null;
          const born = image ? toMs(image.CreationDate) : GONE;
          if (Number.isNaN(born)) return false;
          // As c7n's age filters: threshold OP created, so `op: ge, days: 90` means 90+ days old.
          return compare(op, threshold, born);
        });
      },
    };
  },
});
