/**
 * Everything `notify` is made of: options, addressing, templates, rendering and transports.
 * The declaration is `common/actions/notify.ts`; `c7n-ts notify preview` reads the index files
 * the file transport writes.
 */
export { checkNotify, messages as notifyMessages } from './check.js';
export { composeMessages, defaultSubject, templatesFor } from './compose.js';
export { consoleLink } from './console-links.js';
export { toEml } from './eml.js';
export { DEFAULT_CONTACT_TAGS, type NotifyOptions, notifyOptions } from './options.js';
export { DEFAULT_FROM, planNotify } from './plan.js';
export { addressResources, classifyTarget, eventUser, isEmail } from './recipients.js';
export { render, templateContext } from './render.js';
export { findTemplate, templateErrors } from './template-files.js';
export { DEFAULT_DIR as NOTIFY_DIR, type NotifyIndex, type WrittenMessage } from './transports/file.js';
export { SES_PERMISSIONS } from './transports/ses.js';
export { SQS_PERMISSIONS } from './transports/sqs.js';
export type { NotifyMessage, NotifyRequest } from './types.js';
