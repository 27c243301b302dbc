import type { Volume } from '@aws-sdk/client-ec2';
import { type CompileContext, defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';

const messages = {
  'needs-modifyable': 'modify needs the `modifyable` filter in the same policy.',
  shrink:
    'size-percent below 100 shrinks volumes, which needs OS and file system support or data is lost; add `shrink: true` to do it anyway.',
};

const hasModifyable = (policy: Readonly<Record<string, unknown>>): boolean =>
  Array.isArray(policy.filters) &&
  policy.filters.some(
    (f) =>
      f === 'modifyable' ||
      (typeof f === 'object' && f !== null && (f as { type?: unknown }).type === 'modifyable'),
  );

export default defineAction({
  type: 'modify',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'volume-type': {
        enum: ['io1', 'io2', 'gp2', 'gp3', 'st1', 'sc1'],
        description: 'New volume type; without it the type is kept.',
      },
      'size-percent': {
        type: 'number',
        description: 'New size as a percentage of the current one (200 doubles it); at least 1 GiB.',
      },
      'iops-percent': {
        type: 'number',
        description:
          'New provisioned IOPS as a percentage of the current ones, for io1/io2 (at least 100) and gp3 (at least 3000) targets; other types ignore it.',
      },
      shrink: {
        type: 'boolean',
        description: 'Allow a `size-percent` below 100 (shrinking needs OS and file system support).',
      },
    },
  } as const,
  // c7n declares ec2:ModifyVolumeAttribute; the call made is ModifyVolume.
  permissions: ['ec2:ModifyVolume'],
  doc: {
    summary:
      'Modify volumes online (ModifyVolume, one call each): change the type, grow the size or the provisioned IOPS by a percentage. The policy must also use the `modifyable` filter, which keeps out volumes that cannot be modified now.',
    example: '- type: modify\n  volume-type: gp3\n  size-percent: 200',
  },
  messages,
  check(opts, ctx: CompileContext) {
    const problems: Problem[] = [];
    // Like c7n's validate, which reads the policy's filters; without the policy (a lone element) we cannot tell.
    if (ctx.policy && !hasModifyable(ctx.policy))
      problems.push({ messageId: 'needs-modifyable', message: messages['needs-modifyable'] });
    if ((opts['size-percent'] ?? 100) < 100 && !opts.shrink)
      problems.push({ messageId: 'shrink', message: messages.shrink, path: ['size-percent'] });
    return problems;
  },
  reads: () => ['VolumeId', 'VolumeType', 'Iops', 'Size'],
  plan(resources: Volume[], opts) {
    const vtype = opts['volume-type'];
    const psize = opts['size-percent'];
    const piops = opts['iops-percent'];
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      if (!r.VolumeId) continue;
      const input: Record<string, unknown> = { VolumeId: r.VolumeId };
      const target = vtype ?? r.VolumeType;
      // As c7n: a zero percentage counts as not given.
      if (piops && (target === 'io1' || target === 'io2' || target === 'gp3')) {
        const gp3 = target === 'gp3';
        const base = Math.trunc(Number(r.Iops ?? (gp3 ? 3000 : 10)));
        input.Iops = Math.max(Math.trunc((base * piops) / 100), gp3 ? 3000 : 100);
      }
      if (psize) input.Size = Math.max(Math.trunc(((r.Size ?? 0) * psize) / 100), 1);
      if (vtype) input.VolumeType = vtype;
      const changes = Object.entries(input)
        .filter(([k]) => k !== 'VolumeId')
        .map(([k, v]) => `${k}=${v}`);
      calls.push({
        service: 'ec2',
        operation: 'ModifyVolume',
        input,
        resourceIds: [r.VolumeId],
        describe: `modify ${r.VolumeId}${changes.length ? ` (${changes.join(', ')})` : ''}`,
      });
    }
    return calls;
  },
});
