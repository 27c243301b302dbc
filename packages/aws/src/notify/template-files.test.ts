import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import { composeMessages, templatesFor } from './compose.js';
import { findTemplate, templateErrors } from './template-files.js';
import { actionContext, instance } from './test-fixtures.js';

let root: string;
let policyDir: string;
let teamDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c7n-ts-notify-'));
  policyDir = join(root, 'policies');
  teamDir = join(root, 'team-templates');
  mkdirSync(policyDir);
  mkdirSync(teamDir);
  writeFileSync(join(policyDir, 'custom.html'), '<p>policy dir {{count}}</p>');
  writeFileSync(join(policyDir, 'custom.txt'), 'policy dir text {{count}}');
  writeFileSync(join(teamDir, 'custom.html'), '<p>team dir {{count}}</p>');
  writeFileSync(join(policyDir, 'default.html'), '<p>my own default</p>');
  writeFileSync(join(policyDir, 'legacy.j2'), '{{ resources | length }}');
  writeFileSync(
    join(policyDir, 'broken.html'),
    '<h1>{{policy.name}}</h1>\n<ul>\n{{#each resources}}\n<li>{{InstanceId}}</li>\n',
  );
  writeFileSync(join(policyDir, 'helper.html'), '<p>\n{{shout policy.name}}</p>');
  writeFileSync(join(root, 'secret.html'), '<p>SECRET {{count}}</p>');
  symlinkSync(join(root, 'secret.html'), join(policyDir, 'linked.html'));
  writeFileSync(join(policyDir, 'own.html'), '<p>own {{count}}</p>');
  symlinkSync(join(root, 'secret.html'), join(policyDir, 'own.txt'));
});

describe('findTemplate', () => {
  it('searches --template-dir first, then the policy folder, then the built-ins', () => {
    const both = findTemplate('custom.html', { templateDirs: [teamDir], baseDir: policyDir });
    expect(both.ok && both.source.name).toBe(join(teamDir, 'custom.html'));
    const base = findTemplate('custom.html', { baseDir: policyDir });
    expect(base.ok && base.source.name).toBe(join(policyDir, 'custom.html'));
    // A file named like a built-in wins over it.
    const own = findTemplate('default.html', { baseDir: policyDir });
    expect(own.ok && own.source.builtin).toBe(false);
    const builtin = findTemplate('default.html.j2', { baseDir: teamDir });
    expect(builtin.ok && builtin.source.builtin).toBe(true);
  });

  it('finds NAME.html for a c7n-style name without extension', () => {
    const r = findTemplate('custom', { baseDir: policyDir });
    expect(r.ok && r.source.name).toBe(join(policyDir, 'custom.html'));
  });

  it('tells a Jinja template apart from a missing one', () => {
    expect(findTemplate('legacy', { baseDir: policyDir })).toMatchObject({ ok: false, reason: 'jinja' });
    expect(findTemplate('nope.html', { templateDirs: [teamDir], baseDir: policyDir })).toEqual({
      ok: false,
      reason: 'not-found',
      searched: [join(teamDir, 'nope.html'), join(policyDir, 'nope.html'), 'the built-in templates'],
    });
  });

  it('renders a custom HTML template with the NAME.txt beside it as text part', () => {
    const ctx = actionContext({ baseDir: policyDir, templateDirs: [] });
    const o = { to: ['a@example.com'], template: 'custom.html', transport: { type: 'file' as const } };
    const [m] = composeMessages([instance('i-1')], o, ctx, templatesFor(o, ctx)).messages;
    expect(m?.html).toBe('<p>policy dir 1</p>');
    expect(m?.text).toBe('policy dir text 1');
  });

  it('template_format: plain renders the template as the text body (the HTML part wraps that text)', () => {
    const ctx = actionContext({ baseDir: policyDir, templateDirs: [] });
    const o = {
      to: ['a@example.com'],
      template: 'custom.html',
      transport: { type: 'file' as const },
    };
    const [html] = composeMessages([instance('i-1')], o, ctx, templatesFor(o, ctx)).messages;
    expect(html?.html).toBe('<p>policy dir 1</p>');
    const plain = { ...o, template_format: 'plain' as const };
    const [m] = composeMessages([instance('i-1')], plain, ctx, templatesFor(plain, ctx)).messages;
    expect(m?.text).toBe('<p>policy dir 1</p>');
    expect(m?.html).not.toBe('<p>policy dir 1</p>');
  });
});

describe('templateErrors', () => {
  it.each([
    ['{{#if x}}\nopen', 2, /unexpected end of the template \(a \{\{#block\}\} not closed\?\)/],
    ['a\n{{#each r}}\n{{/if}}', 2, /each doesn't match if/],
    ['{{ x', 1, /invalid expression/],
    ['{{/each}}', 1, /no block of that name is open/],
    ['ok\n\n{{nope x}}', 3, /unknown helper "nope"/],
  ])('%j: line %i', (text, line, message) => {
    const [e] = templateErrors(text);
    expect(e?.line).toBe(line);
    expect(e?.message).toMatch(message);
  });

  it('accepts the built-in helpers and plain lookups', () => {
    expect(
      templateErrors('{{#each resources}}{{tag this "Name"}} {{date LaunchTime}} {{Unknown}}{{/each}}'),
    ).toEqual([]);
  });
});

describe('template problems through the loader (file:line:col of the policy)', () => {
  const registry = awsRegistry();
  const policy = (template: string) =>
    [
      'policies:',
      '  - name: p',
      '    resource: aws.ec2',
      '    actions:',
      '      - type: notify',
      '        to: [a@example.com]',
      `        template: ${template}`,
      '        transport: {type: file}',
    ].join('\n');
  const load = (template: string, templateDirs?: string[]) =>
    loadPolicies([{ path: join(policyDir, 'p.yml'), text: policy(template) }], registry, {
      ...(templateDirs && { templateDirs }),
    }).diagnostics.map(formatDiagnostic);

  it('a template that does not exist is reported at the `template` value, naming where it looked', () => {
    const [d] = load('nowhere.html', [teamDir]);
    expect(d).toContain(`${join(policyDir, 'p.yml')}:7:19`);
    expect(d).toContain(
      `template "nowhere.html" not found; looked in ${join(teamDir, 'nowhere.html')}, ${join(policyDir, 'nowhere.html')}`,
    );
  });

  it('a template that does not compile names its own file and line', () => {
    const [d] = load('broken.html');
    expect(d).toContain(`${join(policyDir, 'p.yml')}:7:19`);
    expect(d).toContain('template broken.html:5: unexpected end of the template');
  });

  it('an unknown helper names its line', () => {
    expect(load('helper.html')[0]).toContain('template helper.html:2: unknown helper "shout"');
  });

  it('a Jinja template gets a hint', () => {
    const [d] = load('legacy');
    expect(d).toContain('is a Jinja template');
    expect(d).toContain('write a Handlebars version (legacy.html)');
  });

  it('--template-dir makes a template found that the policy folder lacks', () => {
    writeFileSync(join(teamDir, 'team-only.html'), '<p>{{count}}</p>');
    expect(load('team-only.html')).toHaveLength(1);
    expect(load('team-only.html', [teamDir])).toEqual([]);
  });
});

describe('templates outside the policy folder and --template-dir are refused, never read', () => {
  const registry = awsRegistry();
  const policy = (template: string, transport: string) =>
    [
      'policies:',
      '  - name: p',
      '    resource: aws.ec2',
      '    actions:',
      '      - type: notify',
      '        to: [a@example.com]',
      `        template: ${template}`,
      `        transport: ${transport}`,
    ].join('\n');
  const load = (template: string, transport = '{type: file}') =>
    loadPolicies(
      [{ path: join(policyDir, 'p.yml'), text: policy(template, transport) }],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);
  const at = () => `${join(policyDir, 'p.yml')}:7:19  policy p:`;
  const tail =
    "c7n-ts reads templates only from the policy file's folder and --template-dir. (copy the template beside the policy, or add its folder with --template-dir DIR) [template-outside]";

  it('`..`, an absolute path and a symlink out of the folder are errors at the `template` value', () => {
    expect(load('../secret.html')).toEqual([
      `${at()} template "../secret.html" is a path with \`..\`; ${tail}`,
    ]);
    expect(load('/etc/passwd')).toEqual([`${at()} template "/etc/passwd" is an absolute path; ${tail}`]);
    expect(load('linked.html')).toEqual([
      `${at()} template "linked.html" is outside the policy folder (after following symlinks); ${tail}`,
    ]);
  });

  it('also with transport sqs, whose dry-run preview would read it', () => {
    const [d] = load('../secret.html', '{type: sqs, queue: q}');
    expect(d).toContain('[template-outside]');
  });

  it('findTemplate and the renderer do not read them', () => {
    expect(findTemplate('../secret.html', { baseDir: policyDir })).toEqual({
      ok: false,
      reason: 'outside',
      why: 'parent',
    });
    expect(findTemplate(join(root, 'secret.html'), { baseDir: policyDir })).toMatchObject({
      why: 'absolute',
    });
    expect(() =>
      templatesFor(
        { template: '../secret.html', transport: { type: 'file' } } as never,
        actionContext({ baseDir: policyDir }),
      ),
    ).toThrow('outside the policy folder');
  });

  it('a NAME.txt text part that links out of the folder is not read', () => {
    const t = templatesFor(
      { template: 'own.html', transport: { type: 'file' } } as never,
      actionContext({ baseDir: policyDir }),
    );
    expect(t.text.builtin).toBe(true);
  });
});
