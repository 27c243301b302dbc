import { describe, expect, it } from 'vitest';
import { commaExpand, parseAccounts, regionsOf, selectAccounts } from './accounts.js';

const yml = (body: string) => parseAccounts('accounts.yml', body);

describe('parseAccounts', () => {
  it("reads c7n-org's accounts: role names become ARNs, top-level vars fill the gaps", () => {
    const { accounts, diagnostics } = yml(
      [
        'vars: {owner: ops, env: none}',
        'accounts:',
        '  - {name: a, account_id: "111111111111", role: custodian, vars: {env: dev}}',
        '  - account_id: "222222222222"',
        '    role: [arn:aws:iam::999999999999:role/hub, arn:aws:iam::222222222222:role/spoke]',
        '    external_id: x',
        '  - {name: c, account_id: "333333333333", profile: c-admin, tags: ["env:prod"]}',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(accounts[0]).toMatchObject({
      name: 'a',
      roles: ['arn:aws:iam::111111111111:role/custodian'],
      vars: { owner: 'ops', env: 'dev' },
      regions: [],
    });
    // No name: the id names its output folder.
    expect(accounts[1]).toMatchObject({ name: '222222222222', externalId: 'x' });
    expect(accounts[1]?.roles).toHaveLength(2);
    expect(accounts[2]).toMatchObject({ profile: 'c-admin', roles: [], tags: ['env:prod'] });
  });

  it('keeps vars named like built-ins as vars', () => {
    const { accounts } = yml(
      'accounts:\n  - {name: a, account_id: "111111111111", role: custodian, vars: {__proto__: p, constructor: c}}\n',
    );
    const vars = accounts[0]?.vars as Record<string, string>;
    expect(Object.hasOwn(vars, '__proto__')).toBe(true);
    expect([vars.__proto__, vars.constructor]).toEqual(['p', 'c']);
  });

  it('warns about an extra key c7n-org would accept, errs on a near miss of one it reads', () => {
    const { diagnostics } = yml(
      'accounts:\n  - {name: a, account_id: "111111111111", role: r0le, owner_team: x, region: [us-east-1]}\n',
    );
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'account key "owner_team" is not one c7n-org reads; ignored'],
      ['error', 'unknown account key "region"; did you mean "regions"?'],
    ]);
  });

  it('refuses an unquoted account id, a missing role and profile, a duplicate name, other clouds', () => {
    const { diagnostics } = yml(
      [
        'accounts:',
        '  - {name: a, account_id: 111111111111, role: custodian}',
        '  - {name: b, account_id: "222222222222"}',
        '  - {name: c, account_id: "333333333333", role: custodian}',
        '  - {name: c, account_id: "444444444444", role: custodian}',
        'projects: [{project_id: p}]',
      ].join('\n'),
    );
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '6:1 "projects" (a GCP list) is not supported yet: c7n-ts runs AWS accounts only',
      '2:27 "account_id" must be a quoted string of 12 digits, not number',
      '3:6 account needs "role" (assumed) or "profile" (a shared-config profile)',
      '5:12 account name "c" is already used by account 3; the output is written per name',
    ]);
  });
});

describe('selection', () => {
  const { accounts } = yml(
    [
      'accounts:',
      '  - {name: dev, account_id: "111111111111", role: r1r, tags: ["env:dev", "team:a"], regions: [eu-west-1]}',
      '  - {name: prod, account_id: "222222222222", role: r1r, tags: ["env:prod", "team:a"]}',
    ].join('\n'),
  );

  it('-a by name or id (comma lists too), --not-accounts, --tags needing every tag', () => {
    const names = (sel: Partial<Parameters<typeof selectAccounts>[1]>) =>
      selectAccounts(accounts, { accounts: [], notAccounts: [], tags: [], ...sel }).accounts.map(
        (a) => a.name,
      );
    expect(names({ accounts: ['dev,222222222222'] })).toEqual(['dev', 'prod']);
    expect(names({ notAccounts: ['dev'] })).toEqual(['prod']);
    expect(names({ tags: ['team:a', 'env:prod'] })).toEqual(['prod']);
    expect(names({ tags: ['team:b'] })).toEqual([]);
  });

  it('names an -a that matches no account, with a did-you-mean', () => {
    const { unknown } = selectAccounts(accounts, { accounts: ['prd'], notAccounts: [], tags: [] });
    expect(unknown).toEqual([{ flag: '-a', value: 'prd', hint: 'prod' }]);
  });

  it("-r wins over the account's regions; c7n-org's defaults when neither is given", () => {
    expect(regionsOf(accounts[0]!, [])).toEqual(['eu-west-1']);
    expect(regionsOf(accounts[0]!, ['us-east-1,us-east-2'])).toEqual(['us-east-1', 'us-east-2']);
    expect(regionsOf(accounts[1]!, [])).toEqual(['us-east-1', 'us-west-2']);
    expect(commaExpand(['a, b', 'a', ''])).toEqual(['a', 'b']);
  });
});
