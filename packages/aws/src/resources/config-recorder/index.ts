/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import toggleRecordingAction from './actions/toggle-recording.js';
import crossAccountFilter from './filters/cross-account.js';
import retentionFilter from './filters/retention.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [toggleRecordingAction, crossAccountFilter, retentionFilter];
