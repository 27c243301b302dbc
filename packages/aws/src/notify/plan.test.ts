import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotifyOptions } from './options.js';
import { planNotify } from './plan.js';
import { actionContext, instance } from './test-fixtures.js';
import type { NotifyIndex } from './transports/file.js';

const resources = [
  instance('i-1', { Name: 'web-1', Owner: 'alice@example.com' }),
  instance('i-2', { Name: 'web-2' }),
  instance('i-3', { Name: 'web-3', Owner: 'alice@example.com' }),
];
const base = { to: ['resource-owner'], owner_absent_contact: ['cloud@example.com'] };
const policyWith = (opts: NotifyOptions) => ({
  name: 'ec2-untagged',
  resource: 'aws.ec2',
  actions: [
    { type: 'tag', key: 'a', value: 'b' },
    { type: 'notify', ...opts },
  ],
});

async function run(opts: NotifyOptions, dryrun = false) {
  const ctx = actionContext({ dryrun, policy: policyWith(opts), actionIndex: 1 });
  const calls = await planNotify(structuredClone(resources), opts, ctx);
  const index = [...ctx.output.files.entries()].find(([k]) => k.endsWith('-index.json'));
  return { calls, files: ctx.output.files, index: index ? (JSON.parse(index[1]) as NotifyIndex) : undefined };
}

describe('planNotify', () => {
  it('file: writes each message as .html and .eml under notify/, named by action index and recipient', async () => {
    const { calls, files, index } = await run({ ...base, transport: { type: 'file' } });
    expect(calls).toEqual([]);
    expect([...files.keys()].sort()).toEqual([
      'notify/1-alice@example.com.eml',
      'notify/1-alice@example.com.html',
      'notify/1-cloud@example.com.eml',
      'notify/1-cloud@example.com.html',
      'notify/1-index.json',
    ]);
    expect(files.get('notify/1-alice@example.com.html')).toContain('web-3');
    expect(files.get('notify/1-alice@example.com.eml')).toContain('To: alice@example.com\r\n');
    expect(index?.messages.map((m) => [m.to, m.resourceIds])).toEqual([
      [['alice@example.com'], ['i-1', 'i-3']],
      [['cloud@example.com'], ['i-2']],
    ]);
  });

  it('file: `path` picks the folder', async () => {
    const { files } = await run({ to: ['a@example.com'], transport: { type: 'file', path: 'mail/' } });
    expect([...files.keys()].sort()).toEqual([
      'mail/1-a@example.com.eml',
      'mail/1-a@example.com.html',
      'mail/1-index.json',
    ]);
  });

  it('ses: plans one SendEmail per group and writes nothing when not a dry run', async () => {
    const { calls, files } = await run({ ...base, transport: { type: 'ses', from: 'c7n@example.com' } });
    expect(calls.map((c) => c.describe)).toEqual([
      'email alice@example.com about 2 resources',
      'email cloud@example.com about 1 resource',
    ]);
    expect(calls.every((c) => c.batchField === undefined)).toBe(true);
    expect(files.size).toBe(0);
  });

  it('ses in a dry run: the same calls, and the messages written to look at', async () => {
    const { calls, files } = await run(
      { ...base, transport: { type: 'ses', from: 'c7n@example.com' } },
      true,
    );
    expect(calls).toHaveLength(2);
    expect(files.get('notify/1-alice@example.com.eml')).toContain('From: c7n@example.com');
  });

  it('sqs in a dry run: c7n-mailer renders, so the preview uses the built-ins when the template is not ours', async () => {
    const { calls, files } = await run(
      { ...base, template: 'mailer-only', transport: { type: 'sqs', queue: 'mailer' } },
      true,
    );
    expect(calls.map((c) => c.operation)).toEqual(['SendMessage']);
    expect(files.get('notify/1-alice@example.com.html')).toContain('Sent by c7n-ts');
  });

  it('records resources nobody hears about in the index and the log', async () => {
    const logs: string[] = [];
    const opts: NotifyOptions = { to: ['resource-owner'], transport: { type: 'file' } };
    const ctx = actionContext({ policy: policyWith(opts), actionIndex: 1, log: (_l, m) => logs.push(m) });
    await planNotify(structuredClone(resources), opts, ctx);
    const index = JSON.parse(ctx.output.files.get('notify/1-index.json')!) as NotifyIndex;
    expect(index.unaddressed).toEqual(['i-2']);
    expect(logs).toContain('notify: no recipient found for 1 resource(s); nobody is told about them');
  });

  it('one group failing to render does not stop the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-notify-plan-'));
    // Edited after validation: a helper that does not exist, called only for tagged resources.
    writeFileSync(
      join(dir, 'fragile.html'),
      '{{#each resources}}{{#if (tag this "Boom")}}{{no_such 1}}{{/if}}{{/each}}ok',
    );
    const opts: NotifyOptions = {
      to: ['tag:Owner'],
      template: 'fragile.html',
      transport: { type: 'ses', from: 'c@example.com' },
    };
    const logs: string[] = [];
    const ctx = actionContext({
      baseDir: dir,
      policy: policyWith(opts),
      actionIndex: 1,
      log: (_l, m) => logs.push(m),
    });
    const rs = [
      instance('i-1', { Owner: 'a@example.com' }),
      instance('i-2', { Owner: 'b@example.com', Boom: 'x' }),
    ];
    const calls = await planNotify(rs, opts, ctx);
    expect(calls.map((c) => c.resourceIds)).toEqual([['i-1']]);
    expect(logs).toContain(
      'notify: cannot render the message to b@example.com: template fragile.html: Missing helper: "no_such"',
    );
  });
});
