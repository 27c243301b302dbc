/**
 * A full garbage collection, asked for where a run knows most of its heap has just become garbage
 * (a large streamed listing's pages and kept resources once its policies are done). V8 sizes the heap
 * from what was live at its last full collection, up to four times that: collecting at that
 * moment sizes it for what comes next instead of for the listing before (issue 17: 84 MB less on
 * the large bench account, 24 MB on the medium one, for about 20 ms per collection).
 *
 * Node offers `gc` only under `--expose-gc`; that flag, set for as long as it takes to make a
 * context holding the function, changes nothing else. Code caches are checked against the flags
 * V8 started with, so they stay valid.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
