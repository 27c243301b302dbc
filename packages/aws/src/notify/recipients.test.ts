import { describe, expect, it } from 'vitest';
import { addressResources, classifyTarget, eventUser } from './recipients.js';
import { instance } from './test-fixtures.js';

const idOf = (r: Record<string, unknown>) => String(r.InstanceId);
const groups = (a: ReturnType<typeof addressResources>) => a.groups.map((g) => [g.to, g.resources.map(idOf)]);

describe('classifyTarget', () => {
  it.each([
    ['alice@example.com', 'address'],
    ['resource-owner', 'resource-owner'],
    ['event-owner', 'event-owner'],
    ['tag:Team', 'tag'],
    ['slack://#ops', 'elsewhere'],
    ['https://hooks.slack.com/services/x', 'elsewhere'],
    ['event-user', 'unknown'],
    ['tag:', 'unknown'],
  ])('%s is %s', (value, kind) => expect(classifyTarget(value).kind).toBe(kind));
});

describe('addressResources', () => {
  it('groups by owner: one group per address set, listing all of its resources', () => {
    const a = addressResources(
      [
        instance('i-1', { Owner: 'alice@example.com' }),
        instance('i-2', { OwnerContact: 'bob@example.com' }),
        instance('i-3', { Owner: 'alice@example.com' }),
        instance('i-4', { Owner: 'alice@example.com', OwnerEmail: 'bob@example.com' }),
      ],
      { to: ['resource-owner', 'sec@example.com'] },
      idOf,
    );
    expect(groups(a)).toEqual([
      [
        ['alice@example.com', 'sec@example.com'],
        ['i-1', 'i-3'],
      ],
      [['bob@example.com', 'sec@example.com'], ['i-2']],
      [['alice@example.com', 'bob@example.com', 'sec@example.com'], ['i-4']],
    ]);
    expect(a.unaddressed).toEqual([]);
  });

  it('sends resources without an owner to owner_absent_contact', () => {
    const a = addressResources(
      [
        instance('i-1', { Owner: 'alice@example.com' }),
        instance('i-2'),
        instance('i-3', { Owner: 'not-an-address' }),
      ],
      { to: ['resource-owner'], owner_absent_contact: ['cloud@example.com'] },
      idOf,
    );
    expect(groups(a)).toEqual([
      [['alice@example.com'], ['i-1']],
      [['cloud@example.com'], ['i-2', 'i-3']],
    ]);
    expect(a.notes).toEqual(['resource-owner of i-3: tag Owner="not-an-address" is not an email address']);
  });

  it('records resources nobody is found for instead of dropping them silently', () => {
    const a = addressResources(
      [instance('i-1'), instance('i-2', { Owner: 'bob@example.com' })],
      { to: ['resource-owner'] },
      idOf,
    );
    expect(groups(a)).toEqual([[['bob@example.com'], ['i-2']]]);
    expect(a.unaddressed.map(idOf)).toEqual(['i-1']);
  });

  it('reads tag:NAME, honours contact_tags and org_domain', () => {
    const a = addressResources(
      [instance('i-1', { Team: 'web@example.com', Steward: 'carol' }), instance('i-2')],
      { to: ['tag:Team', 'resource-owner'], contact_tags: ['Steward'], org_domain: 'example.com' },
      idOf,
    );
    expect(groups(a)).toEqual([[['carol@example.com', 'web@example.com'], ['i-1']]]);
    expect(a.notes).toEqual(['tag:Team of i-2: no such tag']);
  });

  it('finds event-owner in a CloudTrail event', () => {
    const event = {
      detail: {
        userIdentity: {
          type: 'AssumedRole',
          arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin/dave@example.com',
        },
      },
    };
    const a = addressResources([instance('i-1')], { to: ['event-owner'] }, idOf, event);
    expect(groups(a)).toEqual([[['dave@example.com'], ['i-1']]]);
  });

  it('says why event-owner found nobody', () => {
    const iam = { detail: { userIdentity: { type: 'IAMUser', userName: 'erin' } } };
    expect(addressResources([instance('i-1')], { to: ['event-owner'] }, idOf, iam).notes).toEqual([
      'event-owner: "erin" is not an email address (set org_domain to append a domain)',
    ]);
    expect(
      addressResources([instance('i-1')], { to: ['event-owner'], org_domain: 'example.com' }, idOf, iam)
        .groups[0]?.to,
    ).toEqual(['erin@example.com']);
    expect(addressResources([instance('i-1')], { to: ['event-owner'] }, idOf).notes[0]).toMatch(
      /no triggering event/,
    );
  });
});

describe('eventUser (c7n-mailer rules)', () => {
  const id = (userIdentity: object) => ({ detail: { userIdentity } });
  it.each([
    [id({ type: 'IAMUser', userName: 'alice' }), 'alice'],
    [id({ type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/Dev/bob' }), 'bob'],
    [id({ type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/Dev/i-0abc' }), undefined],
    [id({ type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/Dev/awslambda_123' }), undefined],
    [id({ type: 'Root', principalId: '1' }), undefined],
    [id({ type: 'FederatedUser', principalId: '123:carol' }), 'carol'],
    [{ userIdentity: { type: 'IAMUser', userName: 'raw' } }, 'raw'],
    [undefined, undefined],
  ])('%j -> %s', (event, user) => expect(eventUser(event)).toBe(user));
});
