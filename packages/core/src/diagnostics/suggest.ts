import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to `word`, if close enough to be a plausible typo. Case differences
 * count as nearly free (`Keystate` -> `KeyState`).
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const lw = word.toLowerCase();
  for (const c of candidates) {
    if (c === word) return undefined;
    const lc = c.toLowerCase();
    const score = lc === lw ? 0.1 : distance(lw, lc);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, best.length) / 3)));
  return bestScore <= limit ? best : undefined;
}

/** `; did you mean "x"?` or the empty string. */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const s = didYouMean(word, candidates);
  return s ? `; did you mean "${s}"?` : '';
}
