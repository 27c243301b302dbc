import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ATTRIBUTES = [
  'description',
  'kernel',
  'ramdisk',
  'launchPermissions',
  'productCodes',
  'blockDeviceMapping',
  'sriovNetSupport',
  'bootMode',
  'tpmSupport',
  'uefiData',
  'lastLaunchedTime',
  'imdsSupport',
] as const;

/** Keys of a DescribeImageAttribute answer that are not the attribute itself. */
const NOT_ATTRIBUTE = new Set(['ImageId', 'ResponseMetadata', '$metadata']);

export default defineFilter({
  type: 'image-attribute',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attribute'],
    properties: {
      attribute: { enum: ATTRIBUTES, description: 'The image attribute to read (DescribeImageAttribute).' },
      ...valueProperties,
    },
  } as const,
  permissions: ['ec2:DescribeImageAttribute'],
  doc: {
    summary:
      'Images by one attribute: DescribeImageAttribute per image, the answer kept in `c7n:attribute-<attribute>`; value filter options apply to it (for lastLaunchedTime, `key: Value`).',
    example:
      '- type: image-attribute\n  attribute: lastLaunchedTime\n  key: Value\n  op: gte\n  value_type: age\n  value: 30',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ImageId'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const annotation = `c7n:attribute-${opts.attribute}`;
    return {
      kind: 'process',
      async process(images, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        // One call per image in listing order, as c7n (a failure fails the policy there too).
        for (const image of images) {
          const out = await p.send(
            'ec2',
            'DescribeImageAttribute',
            { ImageId: image.ImageId, Attribute: opts.attribute },
            region,
          );
          const key = Object.keys(out).find((k) => !NOT_ATTRIBUTE.has(k) && out[k] !== undefined);
          image[annotation] = key === undefined ? undefined : out[key];
        }
        const values = images.map((i) => (i[annotation] ?? {}) as Resource);
        const hits = await matcher(values, ectx);
        return images.filter((_, n) => hits.has(values[n] as Resource));
      },
    };
  },
});
