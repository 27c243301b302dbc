/**
 * What `c7n-ts org accounts` does; its options and help are declared in commands/org-accounts.ts.
 * Writes c7n-org's accounts.yml from AWS Organizations the way c7n-org's orgaccounts script
 * does: the tree is walked from the root (or the --ou subtrees) with ListOrganizationalUnitsForParent
 * and ListAccountsForParent, which costs a call per OU where ListAccounts + ListParents would cost
 * one per account (Organizations allows few calls a second), and each account's tags come from
 * ListTagsForResource. Tags become `key:value` strings and `vars`, the OU path `path:/A`, `path:/A/B`.
 */
import { type AwsClients, createClients, flightLogJson } from '@c7n-ts/aws';
import { writeFileAtomic } from '@c7n-ts/core';
import { stringify } from 'yaml';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { outputFileOrExit, recordDirOrExit, replayDirOrExit } from '../paths.js';

interface Flags {
  output?: string;
  role: string;
  name: string;
  ou: string[];
  regions: string[];
  active?: boolean;
  ignore: string[];
  assume?: string;
  profile?: string;
  replay?: string;
  record?: string;
  flightLog?: string;
  maxAttempts: number;
}

export const ROLE_TEMPLATE = 'arn:aws:iam::{Id}:role/OrganizationAccountAccessRole';

/** The fields --role may name: the account as Organizations describes it, as in c7n-org. */
const ROLE_FIELDS = ['Id', 'Arn', 'Email', 'Name', 'State', 'Status', 'OrgId', 'Path', 'account_id'];
/** The fields --name may name: the entry written for the account. */
const NAME_FIELDS = ['account_id', 'email', 'display_name', 'name', 'org_id'];

interface Ou {
  Id: string;
  Path: string;
}

interface Account {
  Id: string;
  Arn: string;
  Email?: string;
  Name?: string;
  State?: string;
  Status?: string;
  Path: string;
  Tags: Record<string, string>;
}

class OrgInputError extends Error {}

export default async function orgAccounts(flags: Flags) {
  checkTemplate('--role', flags.role, ROLE_FIELDS);
  checkTemplate('--name', flags.name, NAME_FIELDS);
  const ous = flags.ou.length ? flags.ou : ['/'];
  for (const o of ous)
    if (!o.startsWith('/') && !/^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/.test(o))
      invalid(`--ou ${o}: expected an OU path (/Workloads/Prod) or an OU id (ou-ab12-cd34ef56)`);
  if (flags.replay && flags.record) invalid('--replay and --record cannot be used together');
  if (flags.replay) await replayDirOrExit(flags.replay);
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.output) await outputFileOrExit(flags.output, '-f');
  if (flags.flightLog) await outputFileOrExit(flags.flightLog, '--flight-log');
  const clients = createClients({
    // Organizations has one endpoint per partition; the region only picks the partition.
    regions: [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
    replay: flags.replay,
    record: flags.record,
    profile: flags.profile,
    assumeRole: flags.assume,
    maxAttempts: flags.maxAttempts,
  });
  let accounts: Account[];
  try {
    accounts = await listAccounts(new Org(clients), ous, flags);
  } catch (err) {
    if (err instanceof OrgInputError) invalid(err.message);
    const e = err as Error;
    process.stderr.write(`c7n-ts: AWS Organizations: ${e.name}: ${e.message}\n`);
    throw new Exit(EXIT_FAILURE);
  } finally {
    if (flags.flightLog)
      await writeFileAtomic(flags.flightLog, flightLogJson(clients.session.calls, process.cwd()));
    clients.destroy();
  }
  const entries = accounts.map((a) => entry(a, flags));
  const seen = new Map<string, string>();
  for (const e of entries) {
    const other = seen.get(e.name);
    if (other !== undefined)
      invalid(
        `accounts ${other} and ${e.account_id} are both named "${e.name}"; c7n-org needs unique names (they name output directories): try --name '{name}-{account_id}'`,
      );
    if (e.name.includes('/') || e.name === '' || e.name === '.' || e.name === '..')
      invalid(
        `account ${e.account_id} would be named "${e.name}", which cannot name a directory; give --name`,
      );
    seen.set(e.name, e.account_id);
  }
  const text = `# c7n-org accounts file, written by c7n-ts org accounts from AWS Organizations\n${stringify(
    { accounts: entries },
    { lineWidth: 0 },
  )}`;
  if (flags.output) {
    await writeFileAtomic(flags.output, text);
    process.stderr.write(
      `wrote ${entries.length} account${entries.length === 1 ? '' : 's'} to ${flags.output}\n`,
    );
  } else process.stdout.write(text);
  throw new Exit(EXIT_OK);
}

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

/** `{Field}` placeholders, as Python's str.format fills them in c7n-org: an unknown one is a typo. */
function checkTemplate(flag: string, template: string, fields: readonly string[]): void {
  for (const m of template.matchAll(/\{([^{}]*)\}/g))
    if (!fields.includes(m[1]!))
      invalid(
        `${flag} ${template}: unknown field {${m[1]}}; use one of ${fields.map((f) => `{${f}}`).join(', ')}`,
      );
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (_, k: string) => values[k] ?? '');
}

/** One accounts.yml entry, in c7n-org's format. */
function entry(a: Account, flags: Flags) {
  const tags = pathTags(a.Path);
  for (const [k, v] of Object.entries(a.Tags)) tags.push(`${k}:${v}`);
  // arn:aws:organizations::<master>:account/o-<org id>/<account id>
  const orgId = a.Arn.split('/')[1] ?? '';
  const partition = a.Arn.split(':')[1] || 'aws';
  const fields = {
    Id: a.Id,
    Arn: a.Arn,
    Email: a.Email ?? '',
    Name: a.Name ?? '',
    State: a.State ?? '',
    Status: a.Status ?? '',
    OrgId: orgId,
    Path: a.Path,
    account_id: a.Id,
  };
  // As c7n-org: a bare role name becomes the role of that name in each account.
  const role = flags.role.startsWith('arn:')
    ? fill(flags.role, fields)
    : `arn:${partition}:iam::${a.Id}:role/${flags.role}`;
  const info = {
    account_id: a.Id,
    email: a.Email ?? '',
    display_name: a.Name ?? '',
    name: a.Name ?? '',
    org_id: orgId,
  };
  return {
    name: fill(flags.name, info),
    account_id: a.Id,
    role,
    ...(flags.regions.length && { regions: flags.regions }),
    tags,
    ...(Object.keys(a.Tags).length && { vars: a.Tags }),
    email: info.email,
    display_name: info.display_name,
    org_id: orgId,
  };
}

/** `path:/A`, `path:/A/B` for an account in /A/B; `path:/` for one under the root, as c7n-org. */
function pathTags(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return ['path:/'];
  return parts.map((_, i) => `path:/${parts.slice(0, i + 1).join('/')}`);
}

async function listAccounts(org: Org, ous: string[], flags: Flags) {
  const root = (await org.all('ListRoots', {}, 'Roots'))[0] as { Id: string } | undefined;
  if (!root) throw new Error('ListRoots returned no root');
  const found = new Map<string, Account>();
  for (const o of ous) {
    const top = await resolveOu(org, { Id: root.Id, Path: '/' }, o);
    for (const ou of await subtree(org, top)) {
      for (const a of (await org.all(
        'ListAccountsForParent',
        { ParentId: ou.Id },
        'Accounts',
      )) as Account[]) {
        if (found.has(a.Id) || flags.ignore.includes(a.Id)) continue;
        // `State` replaces the deprecated `Status` (gone after September 2026).
        if (flags.active && (a.State ?? a.Status) !== 'ACTIVE') continue;
        const tags = (await org.all('ListTagsForResource', { ResourceId: a.Id }, 'Tags')) as {
          Key: string;
          Value: string;
        }[];
        found.set(a.Id, { ...a, Path: ou.Path, Tags: Object.fromEntries(tags.map((t) => [t.Key, t.Value])) });
      }
    }
  }
  return [...found.values()];
}

/** An --ou: `/` the root, a path walked name by name from it, or an id whose path is looked up. */
async function resolveOu(org: Org, root: Ou, spec: string): Promise<Ou> {
  if (spec === '/' || spec === root.Id) return root;
  if (spec.startsWith('/')) {
    let at = root;
    for (const part of spec.split('/').filter(Boolean)) {
      const children = (await org.all(
        'ListOrganizationalUnitsForParent',
        { ParentId: at.Id },
        'OrganizationalUnits',
      )) as {
        Id: string;
        Name: string;
      }[];
      const child = children.find((c) => c.Name === part);
      if (!child) throw new OrgInputError(`--ou ${spec}: no OU named "${part}" under ${at.Path}`);
      at = { Id: child.Id, Path: `${at.Path === '/' ? '' : at.Path}/${part}` };
    }
    return at;
  }
  if (spec.startsWith('r-'))
    throw new OrgInputError(`--ou ${spec}: not this organization's root (${root.Id})`);
  const names: string[] = [];
  let id = spec;
  try {
    while (id !== root.Id) {
      const ou = (await org.send('DescribeOrganizationalUnit', { OrganizationalUnitId: id }))
        .OrganizationalUnit as {
        Name: string;
      };
      names.unshift(ou.Name);
      const parents = (await org.all('ListParents', { ChildId: id }, 'Parents')) as { Id: string }[];
      id = parents[0]?.Id ?? root.Id;
    }
  } catch (err) {
    if ((err as Error).name === 'OrganizationalUnitNotFoundException')
      throw new OrgInputError(`--ou ${spec}: no such OU in this organization`);
    throw err;
  }
  return { Id: spec, Path: `/${names.join('/')}` };
}

/** The OU and every OU under it, parents before children (c7n-org's order). */
async function subtree(org: Org, top: Ou): Promise<Ou[]> {
  const out: Ou[] = [top];
  const children = (await org.all(
    'ListOrganizationalUnitsForParent',
    { ParentId: top.Id },
    'OrganizationalUnits',
  )) as {
    Id: string;
    Name: string;
  }[];
  for (const c of children)
    out.push(...(await subtree(org, { Id: c.Id, Path: `${top.Path === '/' ? '' : top.Path}/${c.Name}` })));
  return out;
}

/** Organizations calls, one page after another (replayed traffic is served in call order). */
class Org {
  constructor(private readonly clients: AwsClients) {}

  send(operation: string, input: Record<string, unknown>) {
    return this.clients.send('organizations', operation, input);
  }

  async all(operation: string, input: Record<string, unknown>, items: string): Promise<unknown[]> {
    const out: unknown[] = [];
    let token: string | undefined;
    do {
      const page = await this.send(operation, token ? { ...input, NextToken: token } : input);
      out.push(...((page[items] as unknown[] | undefined) ?? []));
      token = page.NextToken as string | undefined;
    } while (token);
    return out;
  }
}
