/**
 * Streamed runs (issue 17): the policies of one listing (a type in an account and region)
 * evaluated together, a page at a time. Each page is fetched once, every policy's filters test
 * it, and what each matches is appended to its resources.json; the page is then dropped. Only
 * what the actions need stays: the matched resources of policies that have actions, and the ids
 * of the others. Resource limits and actions run once the last page is in, on the whole matched
 * set, as they do unstreamed, so the calls and batches are the same.
 *
 * A listing is streamed when the provider can page the type with the same calls, the sink can
 * write a file in parts, and every policy reading it tests one resource at a time (a filter that
 * needs the whole set or calls AWS, such as `reduce` or a related-resource filter, does not).
 */
import type { Resource } from '../define/types.js';
import { collectYoung } from './collect.js';
import { itemText, JsonArrayText, type StreamedFile } from './outputs.js';
import type { FetchRequest } from './provider.js';
import { type MatchedPage, matchedText, type PolicyRun, type RunContext } from './run-policy.js';

/**
 * The listing the started `runs` share, a page at a time; undefined when they cannot be streamed
 * together (then each runs on its own, on the run's shared listing).
 */
export function streamedPages(
  runs: readonly PolicyRun[],
  ctx: RunContext,
  onProgress?: FetchRequest['onProgress'],
): AsyncIterable<Resource[]> | undefined {
  const first = runs[0];
  if (!first || !ctx.provider.fetchPages || !ctx.sink.openFile || ctx.resourceCache || ctx.ids)
    return undefined;
  if (!runs.every((r) => r.perResource)) return undefined;
  const key = first.fetchKey();
  if (runs.some((r) => r.fetchKey() !== key)) return undefined;
  return ctx.provider.fetchPages(first.rt, {
    ...first.fetchRequest(),
    scope: ctx.scope,
    ...(onProgress && { onProgress }),
  });
}

/**
 * Lets the event loop turn: a replayed listing and the synchronous writes of its files
 * otherwise never yield, and V8's deferred work (finishing a collection, freeing pages) waits for
 * a turn of the loop.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Open {
  run: PolicyRun;
  file: StreamedFile;
  text: JsonArrayText;
}

/**
 * Appends what each policy matched on `page` to its resources.json. A resource that several pure
 * policies matched (their pages share the fetched objects) is printed once for all of them: the
 * page is written `WINDOW` resources at a time, every policy's matches among them, so a printed
 * resource is dropped as soon as it is written (kept for the whole page, the texts outlived a
 * few young-generation collections and added a tenth to the run's peak memory).
 */
async function writePage(page: readonly Resource[], matched: ReadonlyMap<Open, MatchedPage>): Promise<void> {
  const shared = [...matched].filter(([, mp]) => mp.notes);
  for (const [o, mp] of matched) if (!mp.notes || shared.length < 2) await append(o, matchedText(o.text, mp));
  if (shared.length < 2) return;
  const at = new Map<object, number>();
  for (const [i, r] of page.entries()) at.set(r, i);
  const next = shared.map(() => 0);
  for (let end = WINDOW; end - WINDOW < page.length; end += WINDOW) {
    const lots = shared.map(([, mp], j) => {
      const from = next[j]!;
      let to = from;
      while (to < mp.items.length && (at.get(mp.items[to]!) ?? -1) < end) to++;
      next[j] = to;
      return { items: mp.items.slice(from, to), notes: mp.notes!.slice(from, to) };
    });
    const made = sharedTexts(lots);
    for (const [j, [o]] of shared.entries())
      if (lots[j]!.items.length) await append(o, matchedText(o.text, lots[j]!, made));
  }
}

/**
 * A page of at least this many resources is followed by a young-generation collection (see
 * `collectYoung`); a small one (most accounts of an `org run`) is not worth the pause.
 */
const LARGE_PAGE = 100;

/** Page positions written at a time (see `writePage`). */
const WINDOW = 64;

/** The texts of the resources several of `lots` hold, each printed once for all. */
function sharedTexts(lots: readonly MatchedPage[]): Map<object, string> | undefined {
  const seen = new Set<object>();
  const made = new Map<object, string>();
  for (const lot of lots)
    for (const item of lot.items) {
      if (!seen.has(item)) seen.add(item);
      else if (!made.has(item)) made.set(item, itemText(item));
    }
  return made.size ? made : undefined;
}

/** Appends `chunks` to `o`'s file; a failure fails its policy and removes the file. */
async function append(o: Open, chunks: Iterable<string>): Promise<void> {
  if (o.run.isOver) return;
  const ok = await o.run.attempt(async () => {
    await o.file.append(chunks);
    return true;
  });
  if (!ok) await o.file.abort();
}

/**
 * Runs the started `runs` on `pages` up to their end (each then only needs `end()`), their
 * actions `concurrency` policies at a time.
 */
export async function runStreamed(
  runs: readonly PolicyRun[],
  pages: AsyncIterable<Resource[]>,
  ctx: RunContext,
  concurrency = 1,
): Promise<void> {
  const open: Open[] = [];
  for (const run of runs) {
    await run.attempt(async () => {
      const file = await ctx.sink.openFile!(run.resourcesFile);
      open.push({ run, file, text: new JsonArrayText() });
      return true;
    });
  }
  let fetched = 0;
  try {
    for await (const page of pages) {
      fetched += page.length;
      const matched = new Map<Open, MatchedPage>();
      for (const o of open) {
        if (o.run.isOver) continue;
        const ok = await o.run.attempt(async () => {
          matched.set(o, await o.run.matchPage(page));
          return true;
        });
        if (!ok) await o.file.abort();
      }
      await writePage(page, matched);
      if (page.length >= LARGE_PAGE) collectYoung();
      await nextTurn();
    }
  } catch (err) {
    // The listing failed: every policy reading it fails, as when a whole fetch fails.
    for (const o of open) {
      if (o.run.isOver) continue;
      o.run.fail(err);
      await o.file.abort();
    }
    return;
  }
  // Their actions, `concurrency` policies at a time as unstreamed (live calls wait on AWS).
  let next = 0;
  const finish = async () => {
    while (next < open.length) {
      const o = open[next++]!;
      // Those whose filters failed on a page still count what was fetched, as unstreamed.
      o.run.result.fetched = fetched;
      if (o.run.isOver) continue;
      await o.run.attempt(async () => {
        o.run.fetched(fetched);
        o.run.matched();
        await o.file.append([o.text.end()]);
        await o.file.commit();
        await o.run.act(fetched);
        return true;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, finish));
}
