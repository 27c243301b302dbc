/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import ebsStorageFilter from './filters/ebs-storage.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [ebsStorageFilter];
