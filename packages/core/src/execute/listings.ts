/**
 * The listings a run shares between its policies: policies over one type in one account and
 * region read one fetch instead of listing again. Bounded (issue 17): a group's listings are
 * dropped as soon as no policy left in the run reads that group, so a run over several types
 * holds the inventory of the types still to come, not of every type it has listed.
 */
import type { Resource } from '../define/types.js';
import type { Scope } from './provider.js';

/** A fetch shared by the policies of a run; `cached` when it came from the resource cache file. */
export interface Fetched {
  resources: Resource[];
  cached: boolean;
}

/** The listings of one resource type in one account and region share a group. */
export function listingGroup(resourceType: string, scope: Scope): string {
  return JSON.stringify([resourceType, scope.accountId, scope.region]);
}

export class RunListings {
  private readonly entries = new Map<string, { group: string; fetched: Promise<Fetched> }>();
  /** Policies still to finish, per group. */
  private readonly pending = new Map<string, number>();

  /** `groups`: one entry per policy run of the run (a group may repeat). */
  constructor(groups: Iterable<string> = []) {
    for (const g of groups) this.pending.set(g, (this.pending.get(g) ?? 0) + 1);
  }

  get(key: string): Promise<Fetched> | undefined {
    return this.entries.get(key)?.fetched;
  }

  set(key: string, group: string, fetched: Promise<Fetched>): void {
    // A group no remaining policy reads (one not announced) keeps nothing.
    if ((this.pending.get(group) ?? 0) > 0) this.entries.set(key, { group, fetched });
  }

  /** One policy of `group` has finished; the group's listings go with its last one. */
  done(group: string): void {
    const left = (this.pending.get(group) ?? 0) - 1;
    if (left > 0) {
      this.pending.set(group, left);
      return;
    }
    this.pending.delete(group);
    for (const [key, entry] of this.entries) if (entry.group === group) this.entries.delete(key);
  }

  /** Listings held now (for tests and a progress figure). */
  get size(): number {
    return this.entries.size;
  }
}
