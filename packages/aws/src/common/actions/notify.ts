import { defineAction } from '@c7n-ts/core';
import {
  checkNotify,
  notifyMessages,
  notifyOptions,
  planNotify,
  SES_PERMISSIONS,
  SQS_PERMISSIONS,
} from '../../notify/index.js';

export default defineAction({
  type: 'notify',
  // Cloud Custodian attaches notify to every AWS resource type.
  resources: '*',
  options: notifyOptions,
  // Without a transport (options not validated yet) we cannot tell: all it might need.
  permissions: (opts) => {
    const type = opts.transport?.type;
    if (type === undefined) return [...SES_PERMISSIONS, ...SQS_PERMISSIONS];
    return type === 'ses' ? SES_PERMISSIONS : type === 'sqs' ? SQS_PERMISSIONS : [];
  },
  doc: {
    summary:
      "Tell people about the matched resources by email: one message per recipient set, listing all of that set's resources, rendered from a Handlebars template. Transport `ses` sends with SES, `file` only writes the messages into the policy's output directory, and `sqs` hands the resources to a c7n-mailer queue as Cloud Custodian does. Every rendered message is also written there in a dry run.",
    example: [
      '- type: notify',
      '  to: [resource-owner, security@example.com]',
      '  owner_absent_contact: [cloud-team@example.com]',
      '  subject: "[{{ account_id }}] {{ policy.name }}"',
      '  violation_desc: Instances without an Application tag',
      '  action_desc: Please tag them within 7 days',
      '  transport:',
      '    type: ses',
      '    from: custodian@example.com',
    ].join('\n'),
  },
  messages: notifyMessages,
  check: (opts, ctx) => checkNotify(opts, ctx),
  plan: (resources, opts, ctx) => planNotify(resources, opts, ctx),
});
