import { defineFilter, type EvalContext, type Resource, type ValueOptions } from '@c7n-ts/core';
import { listRelated, providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

/** Where the instance's image is kept (null when it could not be found), as in c7n. */
export const INSTANCE_IMAGE = 'c7n:instance-image';

/**
 * The images of these ids: the account's own (the run-cached aws.ami listing), then one
 * DescribeImages by id for the rest (public or shared images), without an owner filter.
 */
export async function imagesById(ctx: EvalContext, ids: readonly string[]): Promise<Map<string, Resource>> {
  const own = new Map<string, Resource>();
  for (const img of await listRelated(ctx, 'aws.ami')) own.set(String(img.ImageId), img);
  const out = new Map<string, Resource>();
  for (const id of ids) {
    const img = own.get(id);
    if (img) out.set(id, img);
  }
  let missing = [...new Set(ids.filter((id) => !out.has(id)))];
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  while (missing.length) {
    try {
      const page = await p.send('ec2', 'DescribeImages', { ImageIds: missing }, region);
      for (const img of (page.Images ?? []) as Resource[]) out.set(String(img.ImageId), img);
      break;
    } catch (e) {
      // Deregistered or malformed ids fail the whole call: drop them and ask again, as c7n.
      const bad = badImageIds(e);
      if (!bad?.length) throw e;
      const before = missing.length;
      missing = missing.filter((id) => !bad.includes(id));
      if (missing.length === before) throw e;
    }
  }
  return out;
}

/** The image ids an InvalidAMIID error names. */
function badImageIds(e: unknown): string[] | undefined {
  const code = errorCode(e);
  const msg = e instanceof Error ? e.message : '';
  // "The image ids '[ami-1, ami-2]' do not exist" / 'Invalid id: "ami-x" (expecting "ami-...")'
  if (code === 'InvalidAMIID.NotFound')
    return /'\[(.*)\]'/
      .exec(msg)?.[1]
      ?.split(',')
      .map((s) => s.trim());
  if (code === 'InvalidAMIID.Malformed') return [/"([^"]*)"/.exec(msg)?.[1] ?? ''];
  return undefined;
}

export default defineFilter({
  type: 'image',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeImages'],
  doc: {
    summary:
      "Instances by their machine image: value filter options apply to the AMI. Images the account owns come from one DescribeImages listing; others are fetched by id. Instances whose image no longer exists don't match.",
    example: '- type: image\n  key: Name\n  value: "amzn2-ami-hvm-*"\n  op: glob',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ImageId', INSTANCE_IMAGE],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const wanted = rs.filter((r) => !(INSTANCE_IMAGE in r)).map((r) => String(r.ImageId));
        const images = await imagesById(ectx, wanted);
        for (const r of rs) if (!r[INSTANCE_IMAGE]) r[INSTANCE_IMAGE] = images.get(String(r.ImageId)) ?? null;
        const withImage = rs.filter((r) => r[INSTANCE_IMAGE]);
        for (const r of rs)
          if (!r[INSTANCE_IMAGE])
            ectx.log?.('warn', `no image ${String(r.ImageId)} for ${String(r.InstanceId)}`);
        const hits = await matcher(
          withImage.map((r) => r[INSTANCE_IMAGE] as Resource),
          ectx,
        );
        return withImage.filter((r) => hits.has(r[INSTANCE_IMAGE] as Resource));
      },
    };
  },
});
