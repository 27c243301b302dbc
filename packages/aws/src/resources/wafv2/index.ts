/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setLoggingAction from './actions/set-logging.js';
import loggingFilter from './filters/logging.js';
import webAclRulesFilter from './filters/web-acl-rules.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [setLoggingAction, loggingFilter, webAclRulesFilter];
