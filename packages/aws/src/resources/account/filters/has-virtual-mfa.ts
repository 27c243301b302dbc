import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:VirtualMFADevices';

/** The root user's device: its user ARN ends in `:root`. */
const ofRoot = (d: { User?: { Arn?: string } }) => (d.User?.Arn ?? '').split(':').at(-1) === 'root';

export default defineFilter({
  type: 'has-virtual-mfa',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        description:
          'true (the default): match when the root user has a virtual MFA device; false: when it has none.',
      },
    },
  } as const,
  permissions: ['iam:ListVirtualMFADevices'],
  doc: {
    summary:
      "Accounts by whether the root user has a virtual MFA device (ListVirtualMFADevices, all pages; the root's devices kept in `c7n:VirtualMFADevices`), as Cloud Custodian.",
    example: '- type: has-virtual-mfa\n  value: true',
  },
  reads: () => [ANNOTATION],
  compile(opts) {
    const wanted = opts.value ?? true;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out = [];
        for (const a of accounts) {
          // As c7n: an empty list read before is read again.
          if (!(a[ANNOTATION] as unknown[] | undefined)?.length) {
            const devices: { User?: { Arn?: string } }[] = [];
            let Marker: string | undefined;
            do {
              const page = await p.send('iam', 'ListVirtualMFADevices', Marker ? { Marker } : {}, region);
              devices.push(...((page.VirtualMFADevices as typeof devices | undefined) ?? []));
              Marker = page.IsTruncated ? (page.Marker as string | undefined) : undefined;
            } while (Marker);
            a[ANNOTATION] = devices.filter(ofRoot);
          }
          if ((a[ANNOTATION] as unknown[]).length > 0 === wanted) out.push(a);
        }
        return out;
      },
    };
  },
});
