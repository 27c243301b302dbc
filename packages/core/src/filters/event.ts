/**
 * `event`: a value filter evaluated against the event that triggered the policy (event
 * modes); all resources pass or none do. Outside an event run every resource passes, as c7n.
 */
import { defineFilter } from '../define/index.js';
import { checkValueOptions, valueMessages } from './value/check.js';
import { compileValue } from './value/index.js';
import type { ValueOptions } from './value/matcher.js';
import { valueOptionsSchema } from './value/schema.js';

export default defineFilter({
  type: 'event',
  pure: true,
  reads: () => [], // reads the event, not the resource
  resources: '*',
  options: valueOptionsSchema,
  permissions: [],
  doc: {
    summary:
      'Compare a field of the triggering event (CloudTrail, EventBridge) with a value, using every option of the value filter. Only meaningful in event modes.',
    example:
      '- type: event\n  key: detail.userIdentity.sessionContext.sessionIssuer.userName\n  value: deployer\n  op: ne',
  },
  messages: valueMessages,
  check: (opts, ctx) => checkValueOptions(opts as ValueOptions, ctx.baseDir),
  compile: (opts, ctx) => compileValue(opts as ValueOptions, ctx.baseDir, (_r, ectx) => ectx.event),
});
