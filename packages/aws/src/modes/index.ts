import type { ModeDecl } from '@c7n-ts/core';
import cloudtrail from './cloudtrail.js';
import periodic from './periodic.js';

/** AWS Lambda-backed modes, sorted by name. */
export const awsModes: readonly ModeDecl<any>[] = [cloudtrail, periodic];
export { type TrailShortcut, trailShortcuts } from './cloudtrail-shortcuts.js';
