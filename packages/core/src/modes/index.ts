import type { ModeDecl } from '../define/types.js';
import pull from './pull.js';

/** Provider-neutral modes, sorted by name. */
export const coreModes: readonly ModeDecl<any>[] = [pull];
