import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

// Trusted Advisor's "Amazon EBS Snapshots" check: it flags volumes whose newest snapshot is
// 7 days old or more (yellow) or 30+ days / none (red); green volumes are not listed.
const CHECK_ID = 'H7IgTzjTYb';

type Flagged = { metadata?: (string | null)[] };

export default defineFilter({
  type: 'fault-tolerant',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tolerant: {
        type: 'boolean',
        default: true,
        description:
          'true: volumes with a snapshot under 7 days old (not flagged by Trusted Advisor); false: volumes flagged for an older snapshot or none.',
      },
    },
  } as const,
  permissions: ['support:RefreshTrustedAdvisorCheck', 'support:DescribeTrustedAdvisorCheckResult'],
  doc: {
    summary:
      "Volumes by whether they have a recent snapshot, as judged by Trusted Advisor's EBS snapshots check (H7IgTzjTYb): the check is refreshed, then its flagged volumes (any region) are read. Needs a Business or Enterprise support plan.",
    example: '- type: fault-tolerant\n  tolerant: false',
  },
  reads: () => ['VolumeId'],
  compile(opts: { tolerant?: boolean }) {
    const tolerant = opts.tolerant ?? true;
    return {
      kind: 'process',
      async process(rs: Resource[], ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        // As c7n: refresh without waiting for it, then read whatever result is current.
        await p.send('support', 'RefreshTrustedAdvisorCheck', { checkId: CHECK_ID }, region);
        const out = await p.send(
          'support',
          'DescribeTrustedAdvisorCheckResult',
          { checkId: CHECK_ID, language: 'en' },
          region,
        );
        const result = (out.result ?? {}) as { flaggedResources?: Flagged[] };
        // The check's metadata columns: region, volume id, volume name, snapshot id, snapshot name,
        // snapshot age, attachment, status, reason.
        const flagged = new Set((result.flaggedResources ?? []).map((r) => r.metadata?.[1]));
        return rs.filter((v) => flagged.has(v.VolumeId as string) !== tolerant);
      },
    };
  },
});
