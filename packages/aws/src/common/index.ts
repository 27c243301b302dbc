/**
 * Elements every taggable AWS resource type gets, and the tagging helpers resource-specific
 * actions can plan with.
 */
import type { ActionDecl, FilterDecl } from '@c7n-ts/core';
import autoTagUser from './actions/auto-tag-user.js';
import copyRelatedTag from './actions/copy-related-tag.js';
import invokeLambda from './actions/invoke-lambda.js';
import invokeSfn from './actions/invoke-sfn.js';
import markForOp from './actions/mark-for-op.js';
import normalizeTag from './actions/normalize-tag.js';
import notify from './actions/notify.js';
import postFinding from './actions/post-finding.js';
import postItem from './actions/post-item.js';
import putMetric from './actions/put-metric.js';
import removeTag from './actions/remove-tag.js';
import renameTag from './actions/rename-tag.js';
import setShield from './actions/set-shield.js';
import tag from './actions/tag.js';
import tagTrim from './actions/tag-trim.js';
import webhook from './actions/webhook.js';
import configCompliance from './filters/config-compliance.js';
import costOptimization from './filters/cost-optimization.js';
import finding from './filters/finding.js';
import healthEvent from './filters/health-event.js';
import iamAnalyzer from './filters/iam-analyzer.js';
import jsonDiff from './filters/json-diff.js';
import kmsAlias from './filters/kms-alias.js';
import kmsKey from './filters/kms-key.js';
import metrics from './filters/metrics.js';
import networkLocation from './filters/network-location.js';
import opsItem from './filters/ops-item.js';
import shieldEnabled from './filters/shield-enabled.js';
import shieldMetrics from './filters/shield-metrics.js';

/** The tag family of actions, sorted by name. `unmark`, `untag` and `mark` are aliases. */
export const commonActions: readonly ActionDecl<any, any>[] = [
  autoTagUser,
  copyRelatedTag,
  invokeLambda,
  invokeSfn,
  markForOp,
  normalizeTag,
  notify,
  postFinding,
  postItem,
  putMetric,
  removeTag,
  renameTag,
  setShield,
  tag,
  tagTrim,
  webhook,
];

/**
 * Filters shared across types, sorted by name: each declares where it applies (`'*'`, a list,
 * or a trait of the resource declaration such as a CloudWatch dimension).
 */
export const commonFilters: readonly FilterDecl<any, any>[] = [
  configCompliance,
  costOptimization,
  finding,
  healthEvent,
  iamAnalyzer,
  jsonDiff,
  kmsAlias,
  kmsKey,
  metrics,
  networkLocation,
  opsItem,
  shieldEnabled,
  shieldMetrics,
];

export * from './tagging/index.js';
