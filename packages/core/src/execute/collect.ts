/**
 * Garbage collections asked for where a run knows what has just become garbage (issue 17).
 *
 * - `collectGarbage`, a full collection: after a large streamed listing, when its pages and
 *   kept resources are done. V8 sizes the heap from what was live at its last full collection,
 *   up to four times that: collecting at that moment sizes it for what comes next instead of for
 *   the listing before (84 MB less on the large bench account, 24 MB on the medium one, for
 *   about 20 ms per collection).
 * - `collectYoung`, a young-generation collection: after each large page of a streamed listing,
 *   when the page is written and all but the resources kept for actions is garbage. It costs
 *   little then (few objects survive), and the next page's objects start in an empty young
 *   generation: a page's work allocates more than it holds, so without it, the objects of a page
 *   outlived two collections during its own work and moved to the old generation, where only a
 *   full collection frees them (the medium bench account peaked 5 MB higher, in no less time).
 *
 * Node offers `gc` only under `--expose-gc`; that flag, set for as long as it takes to make a
 * context holding the function, changes nothing else. Code caches are checked against the flags
 * V8 started with, so they stay valid.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'major' | 'minor' }) => void;
let gc: Gc | undefined;

function exposed(): Gc {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as Gc;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  return gc;
}

export function collectGarbage(): void {
  exposed()();
}

export function collectYoung(): void {
  exposed()({ type: 'minor' });
}
