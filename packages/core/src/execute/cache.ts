/**
 * Resources kept between runs (`--cache-period MIN`, Cloud Custodian's option): one file per
 * fetch key (account, region, type, query, needed fields, mode, provider namespace) under a
 * directory, reused while younger than the period. Writes are atomic; an unreadable or corrupt
 * file is ignored with a warning and fetched again.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJsonData } from '../data/json.js';
import { DataTimestamp } from '../data/timestamp.js';
import type { Resource } from '../define/types.js';
import { writeFileAtomic } from './outputs.js';

export interface ResourceCache {
  /** The resources stored under `key`, if fresh. */
  get(key: string): Promise<Resource[] | undefined>;
  set(key: string, resources: readonly Resource[]): Promise<void>;
}

export interface FileResourceCacheOptions {
  dir: string;
  /** Minutes an entry stays fresh; 0 or less stores and reads nothing. */
  periodMinutes: number;
  /** Clock (ms); tests fix it. */
  now?: () => number;
  warn?: (message: string) => void;
}

const FORMAT = 1;
/** Dates survive the JSON round trip under this marker (filters compare them as dates). */
const DATE = '__c7n_ts_date__';

interface Entry {
  format: number;
  key: string;
  storedAt: number;
  resources: unknown;
}

export class FileResourceCache implements ResourceCache {
  private readonly now: () => number;
  constructor(private readonly options: FileResourceCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  fileFor(key: string): string {
    return join(this.options.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async get(key: string): Promise<Resource[] | undefined> {
    if (this.options.periodMinutes <= 0) return undefined;
    const file = this.fileFor(key);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    let entry: Entry;
    try {
      entry = parseJsonData(text, revive) as Entry;
      if (entry?.format !== FORMAT || typeof entry.storedAt !== 'number' || !Array.isArray(entry.resources))
        throw new Error('not a c7n-ts cache entry');
    } catch (err) {
      this.options.warn?.(`ignoring unreadable cache file ${file}: ${(err as Error).message.split('\n')[0]}`);
      return undefined;
    }
    if (entry.key !== key) return undefined;
    const age = this.now() - entry.storedAt;
    if (age < 0 || age > this.options.periodMinutes * 60_000) return undefined;
    return entry.resources as Resource[];
  }

  async set(key: string, resources: readonly Resource[]): Promise<void> {
    if (this.options.periodMinutes <= 0) return;
    const entry: Entry = { format: FORMAT, key, storedAt: this.now(), resources };
    try {
      await writeFileAtomic(this.fileFor(key), JSON.stringify(entry, replace));
    } catch (err) {
      this.options.warn?.(
        `cannot write the resource cache in ${this.options.dir}: ${(err as Error).message}`,
      );
    }
  }
}

function replace(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Date ? { [DATE]: original.toISOString() } : value;
}

function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const iso = v[DATE];
    if (typeof iso === 'string' && Object.keys(v).length === 1) return new DataTimestamp(Date.parse(iso));
  }
  return value;
}
