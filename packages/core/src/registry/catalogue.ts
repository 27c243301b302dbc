/**
 * Names another engine declares (for AWS: Cloud Custodian's resource types, filters, actions and
 * modes), filled in by a provider. The registry reads it to tell "not supported yet" from "unknown",
 * to widen did-you-mean, and to list what is missing. Names only: no behaviour comes from here.
 */

export interface CatalogueType {
  aliases?: readonly string[];
  filters: readonly string[];
  actions: readonly string[];
}

export interface CatalogueInput {
  /** Whose names these are, as messages say it: `Cloud Custodian`. */
  engine: string;
  /** Full type name (`aws.elastic-ip`) -> its names; aliases include every short form users write. */
  types: Readonly<Record<string, CatalogueType>>;
  modes: readonly string[];
}

/** The language's blocks: listed as filters by Cloud Custodian, never elements here. */
const BLOCKS = new Set(['and', 'or', 'not']);

export class Catalogue {
  readonly engine: string;
  readonly modes: ReadonlySet<string>;
  private readonly types = new Map<string, { filter: Set<string>; action: Set<string> }>();
  private readonly aliases = new Map<string, string>();

  constructor(input: CatalogueInput) {
    this.engine = input.engine;
    this.modes = new Set(input.modes);
    for (const [type, t] of Object.entries(input.types)) {
      this.types.set(type, {
        filter: new Set(t.filters.filter((f) => !BLOCKS.has(f))),
        action: new Set(t.actions),
      });
      for (const a of t.aliases ?? []) this.aliases.set(a, type);
    }
  }

  /** The catalogue's full name for a name as written (full, short or alias); undefined when absent. */
  resolveType(name: string): string | undefined {
    return this.types.has(name) ? name : this.aliases.get(name);
  }

  /** Every full type name, sorted. */
  typeNames(): string[] {
    return [...this.types.keys()].sort();
  }

  /** Full names and aliases: did-you-mean candidates. */
  allTypeNames(): string[] {
    return [...this.types.keys(), ...this.aliases.keys()];
  }

  /** Filter or action names of a type (its full catalogue name); and/or/not are left out. */
  names(kind: 'filter' | 'action', type: string): ReadonlySet<string> {
    return this.types.get(type)?.[kind] ?? new Set();
  }
}
