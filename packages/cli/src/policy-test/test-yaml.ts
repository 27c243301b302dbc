/**
 * The test.yml `c7n-ts test --record` writes: what happened in the recorded run, as the
 * expectation a person reviews before committing it (docs/policy-tests.md, "Recording a test").
 */
import { stringify } from 'yaml';
import type { RenderedNotification } from './compare.js';

/** A changing call, as the flight log or a dry run's plan.json gives it. */
export interface RecordedCall {
  service: string;
  operation: string;
  input: unknown;
}

export interface Recording {
  policy: string;
  region: string;
  accountId: string;
  /** The clock of the recorded run, ISO 8601 (seconds, UTC). */
  now: string;
  /** The event file's name inside the test folder, for a Lambda-mode policy. */
  event?: string;
  /** Whether the actions ran (`--act`); otherwise the run was a dry run. */
  acted: boolean;
  resources: string[];
  /** With `acted`: the changing calls made; otherwise the calls the dry run planned. */
  calls: RecordedCall[];
  notifications: RenderedNotification[];
}

// YAML 1.1, as test.yml is read (parseFile): strings such as "yes" or a date stay quoted strings.
const yaml = (value: unknown) => stringify(value, { version: '1.1', lineWidth: 0 });

const expectedCalls = (calls: readonly RecordedCall[]) =>
  calls.map((c) => ({ [`${c.service}.${c.operation}`]: c.input ?? {} }));

export function testYaml(r: Recording): string {
  const header = [
    `# Recorded by \`c7n-ts test --record\` at ${r.now} from account ${r.accountId} (${r.region}),`,
    r.acted
      ? '# with --act: the actions ran against the account and their answers are in flight/.'
      : '# as a dry run (dryrun: true): the actions were not run, and expect.calls is not checked.',
    '# The expectation below is what happened, not what should happen: review it (and add a',
    '# description) before committing the test.',
  ];
  const body: Record<string, unknown> = {
    policy: r.policy,
    region: r.region,
    account_id: r.accountId,
    now: r.now,
    ...(r.event !== undefined && { event: r.event }),
    // Replayed as it was recorded: without --act the recording has no answers for the actions.
    ...(!r.acted && { dryrun: true }),
    expect: {
      resources: r.resources,
      ...(r.acted && { calls: expectedCalls(r.calls) }),
      ...(r.notifications.length && {
        notifications: r.notifications.map((n) => ({ to: n.to, subject: n.subject })),
      }),
    },
  };
  const lines = [...header, yaml(body).trimEnd()];
  if (!r.acted) {
    // Inside `expect:` (the last key), so uncommenting it gives the calls the actions would make.
    lines.push(
      '  # The actions were not run. The calls they would make (a dry-run test compares the planned',
    );
    lines.push('  # calls when calls: is given):');
    const planned = r.calls.length ? yaml({ calls: expectedCalls(r.calls) }).trimEnd() : 'calls: []';
    for (const line of planned.split('\n')) lines.push(`  # ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
