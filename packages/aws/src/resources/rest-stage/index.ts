/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setWafAction from './actions/set-waf.js';
import setWafv2Action from './actions/set-wafv2.js';
import updateAction from './actions/update.js';
import clientCertificateFilter from './filters/client-certificate.js';
import wafEnabledFilter from './filters/waf-enabled.js';
import wafv2EnabledFilter from './filters/wafv2-enabled.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  setWafAction,
  setWafv2Action,
  updateAction,
  clientCertificateFilter,
  wafEnabledFilter,
  wafv2EnabledFilter,
];
