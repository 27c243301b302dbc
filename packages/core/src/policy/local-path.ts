/**
 * Local files a policy names (notify templates, `value_from` paths) stay inside the folders it
 * may read: the policy file's folder and any `--template-dir`. A policy shared with others, or
 * deployed as a Lambda, must not read `/etc/passwd` or `../secret.html` into an email or a zip.
 * Checked when the policy loads and again when the file is read, since a symlink can change.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Why a name is refused, in words that finish "template ... is ...". */
export type OutsideReason = 'absolute' | 'parent' | 'outside';

export const OUTSIDE_REASONS: Readonly<Record<OutsideReason, string>> = {
  absolute: 'an absolute path',
  parent: 'a path with `..`',
  outside: 'outside the policy folder (after following symlinks)',
};

/** `file://x` names the local path `x`; any other scheme is not a local file. */
export function localPathOf(url: string): string | undefined {
  if (url.startsWith('file://')) return decodeURI(url.slice('file://'.length));
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
}

/** realpath of the longest existing prefix, plus the rest: a file still to be made resolves too. */
export function realpathLoose(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realpathLoose(parent), basename(abs));
  }
}

const within = (path: string, dir: string) => {
  const rel = relative(realpathLoose(dir), path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Whether a name as the policy wrote it may be read: relative, no `..` segment, and (symlinks
 * followed) inside one of `dirs` once resolved against `baseDir`. Undefined when it may.
 */
export function outsideReason(
  name: string,
  baseDir: string | undefined,
  dirs: readonly string[],
): OutsideReason | undefined {
  if (isAbsolute(name) || /^[a-z]:[\\/]/i.test(name)) return 'absolute';
  if (name.split(/[\\/]/).includes('..')) return 'parent';
  return isInside(resolve(baseDir ?? '.', name), dirs) ? undefined : 'outside';
}

/** Whether a resolved path (symlinks followed) lies inside one of `dirs`. */
export function isInside(path: string, dirs: readonly string[]): boolean {
  const real = realpathLoose(path);
  return dirs.some((d) => within(real, d));
}

/** For readers: throws unless `path` (resolved, symlinks followed) lies inside one of `dirs`. */
export function assertInside(path: string, dirs: readonly string[]): string {
  if (!isInside(path, dirs))
    throw new Error(`refusing to read ${path}: it is outside the policy folder (${dirs.join(', ')})`);
  return path;
}
