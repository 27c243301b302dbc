import type { ModeDecl } from '@c7n-ts/core';
import cloudtrail from './cloudtrail.js';
import ec2InstanceState from './ec2-instance-state.js';
import guardDuty from './guard-duty.js';
import periodic from './periodic.js';
import phd from './phd.js';
import schedule from './schedule.js';

/** AWS Lambda-backed modes, sorted by name. */
export const awsModes: readonly ModeDecl<any>[] = [
  cloudtrail,
  ec2InstanceState,
  guardDuty,
  periodic,
  phd,
  schedule,
];
export { type TrailShortcut, trailShortcuts } from './cloudtrail-shortcuts.js';
