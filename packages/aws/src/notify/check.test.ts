import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';

const registry = awsRegistry();
const load = (...lines: string[]) =>
  loadPolicies(
    [
      {
        path: 'p.yml',
        text: [
          'policies:',
          '  - name: p',
          '    resource: aws.ec2',
          '    actions:',
          '      - type: notify',
          '        to: [a@example.com]',
          ...lines.map((l) => `        ${l}`),
        ].join('\n'),
      },
    ],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

describe("notify accepts c7n-mailer's keys, as Cloud Custodian does", () => {
  it.each([
    'email_ldap_username_manager: true',
    'resource_ldap_lookup_username: true',
    'slack_template: slack-custom',
    'template_slack: slack-custom',
    'slack_msg_color: danger',
    'sender_email: ops@example.com',
    'email_base_url: example.com',
    'message: Please look at these',
    'body: resources[].InstanceId',
    'format: json',
    'cc_manager: true',
  ])('%s loads with transport sqs, which passes it on', (key) => {
    expect(load(key, 'transport: {type: sqs, queue: mailer}')).toEqual([]);
  });

  it('with ses or file, c7n-ts ignores it and says so at the key', () => {
    expect(load('email_ldap_username_manager: true', 'transport: {type: file}')).toEqual([
      'p.yml:7:9  warning: policy p: `email_ldap_username_manager` is read by c7n-mailer only; transport file ignores it. (use transport sqs to have c7n-mailer send this notification) [ignored]',
    ]);
  });

  it('an unknown action key is still an error with a did-you-mean', () => {
    const [d] = load('subjet: hello', 'transport: {type: file}');
    expect(d).toMatch(/^p\.yml:7:9 .*"subjet".*subject/);
  });
});

describe('transport keys: any key loads, one the transport does not use is a warning', () => {
  it('an extra transport key is ignored with a warning and a did-you-mean', () => {
    expect(load('transport:', '  type: sqs', '  queue: mailer', '  queeu: x')).toEqual([
      'p.yml:10:11  warning: policy p: `queeu` is not a key of transport sqs; it is ignored. Did you mean "queue"? [misplaced-key]',
    ]);
    expect(load('transport:', '  type: sqs', '  queue: mailer', '  from: ops@example.com')).toEqual([
      'p.yml:10:11  warning: policy p: `from` is not a key of transport sqs; it is ignored. [misplaced-key]',
    ]);
  });
});

describe('assume_role', () => {
  it("true (c7n's default) loads; false is a warning at the key, since c7n-ts always sends with the policy's credentials", () => {
    expect(load('assume_role: true', 'transport: {type: sqs, queue: mailer}')).toEqual([]);
    expect(load('assume_role: false', 'transport: {type: sqs, queue: mailer}')).toEqual([
      'p.yml:7:9  warning: policy p: `assume_role: false` is ignored: c7n-ts sends with the same credentials as the policy (with --assume-role, the assumed role). [ignored]',
    ]);
  });
});
