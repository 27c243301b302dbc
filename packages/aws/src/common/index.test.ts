import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commonActions } from './index.js';
import { ec2, problemsOf, rds, s3 } from './test-fixtures.js';

describe('commonActions', () => {
  it('lists every action file once, sorted, named as its file', () => {
    const files = readdirSync(new URL('./actions/', import.meta.url))
      // `_name.ts` files are builders other actions are made with, not actions.
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
      .map((f) => f.slice(0, -3));
    expect(commonActions.map((a) => a.type)).toEqual(files.sort());
  });

  it.each(commonActions.map((a) => [a.type, a] as const))(
    '%s: strict, described, example valid',
    (_name, decl) => {
      const schema = decl.options as {
        additionalProperties?: unknown;
        properties?: Record<string, { description?: string }>;
      };
      expect(schema.additionalProperties).toBe(false);
      for (const [key, prop] of Object.entries(schema.properties ?? {}))
        expect(prop.description, key).toBeTruthy();
      // notify applies to every resource type, as in Cloud Custodian; the tag family to taggable
      // ones, but tag-trim only to the types c7n gives it (a trait, tested beside it).
      // post-finding, post-item, put-metric and webhook, like notify, apply everywhere.
      const everywhere = [
        'notify',
        'post-finding',
        'post-item',
        'put-metric',
        'webhook',
        'invoke-lambda',
        'invoke-sfn',
      ];
      // Trait-bound actions (tag-trim, set-shield) are tested beside them.
      const byTrait = typeof decl.resources === 'object' && 'trait' in decl.resources;
      if (!byTrait) expect(decl.resources).toBe(everywhere.includes(decl.type) ? '*' : 'taggable');
      for (const rt of [ec2, rds, s3]) {
        const perms = typeof decl.permissions === 'function' ? decl.permissions({}, rt) : decl.permissions;
        // webhook calls no AWS API.
        if (decl.type !== 'webhook') expect(perms.length).toBeGreaterThan(0);
      }
      const items = parse(decl.doc.example) as Record<string, unknown>[];
      for (const { type, ...opts } of items) {
        expect(type).toBe(decl.type);
        expect(problemsOf(decl, ec2, opts).filter((p) => p.severity !== 'warning')).toEqual([]);
      }
    },
  );
});
