import type { ModeDecl } from '@c7n-ts/core';
import asgInstanceState from './asg-instance-state.js';
import cloudtrail from './cloudtrail.js';
import configPollRule from './config-poll-rule.js';
import configRule from './config-rule.js';
import ec2InstanceState from './ec2-instance-state.js';
import guardDuty from './guard-duty.js';
import hubAction from './hub-action.js';
import hubFinding from './hub-finding.js';
import periodic from './periodic.js';
import phd from './phd.js';
import schedule from './schedule.js';

/** AWS Lambda-backed modes, sorted by name. */
export const awsModes: readonly ModeDecl<any>[] = [
  asgInstanceState,
  cloudtrail,
  configPollRule,
  configRule,
  ec2InstanceState,
  guardDuty,
  hubAction,
  hubFinding,
  periodic,
  phd,
  schedule,
];
export { type TrailShortcut, trailShortcuts } from './cloudtrail-shortcuts.js';
