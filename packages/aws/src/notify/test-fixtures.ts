/**
 * Test support for notify (not built): an action context on the real aws.ec2 type, with an
 * output directory kept in memory.
 */
import type { ActionContext, ActionOutput, Resource } from '@c7n-ts/core';
import ec2 from '../resources/ec2/resource.js';

/** 2024-01-01 23:30 UTC. */
export const NOW = Date.UTC(2024, 0, 1, 23, 30);

export class MemoryOutput implements ActionOutput {
  readonly location = 'out/test';
  readonly files = new Map<string, string>();
  async write(relPath: string, content: string): Promise<void> {
    this.files.set(relPath, content);
  }
}

export function actionContext(extra: Partial<ActionContext> = {}): ActionContext & { output: MemoryOutput } {
  const output = new MemoryOutput();
  return {
    now: NOW,
    executionStart: NOW,
    region: 'us-east-1',
    accountId: '123456789012',
    resourceType: ec2,
    policyName: 'ec2-untagged',
    policy: {
      name: 'ec2-untagged',
      resource: 'aws.ec2',
      description: 'Instances without an Application tag',
    },
    dryrun: false,
    output,
    ...extra,
  } as ActionContext & { output: MemoryOutput };
}

export const instance = (id: string, tags: Record<string, string> = {}, extra: Resource = {}): Resource => ({
  InstanceId: id,
  InstanceType: 't3.small',
  State: { Name: 'running' },
  LaunchTime: '2023-12-01T10:00:00.000Z',
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  ...extra,
});
