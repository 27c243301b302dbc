/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import disableAction from './actions/disable.js';
import setAttributesAction from './actions/set-attributes.js';
import setProtocolsAction from './actions/set-protocols.js';
import setWafAction from './actions/set-waf.js';
import setWafv2Action from './actions/set-wafv2.js';
import distributionConfigFilter from './filters/distribution-config.js';
import mismatchS3OriginFilter from './filters/mismatch-s3-origin.js';
import s3OriginMissingFilter from './filters/s3-origin-missing.js';
import wafEnabledFilter from './filters/waf-enabled.js';
import wafv2EnabledFilter from './filters/wafv2-enabled.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  disableAction,
  setAttributesAction,
  setProtocolsAction,
  setWafAction,
  setWafv2Action,
  distributionConfigFilter,
  mismatchS3OriginFilter,
  s3OriginMissingFilter,
  wafEnabledFilter,
  wafv2EnabledFilter,
];
