/**
 * One registry for a run: resource types plus the filters, actions and modes that apply to
 * each. Built by `composeRegistry` from plain lists; importing a module registers nothing.
 */
import { appliesTo, isShared } from '../define/index.js';
import type {
  ActionDecl,
  AppliesTo,
  ElementDecl,
  ElementKind,
  FilterDecl,
  ModeDecl,
  RegistryView,
  ResourceTypeDecl,
} from '../define/types.js';
import { Catalogue, type CatalogueInput } from './catalogue.js';
import { explainMissingElement, type MissingName } from './missing.js';

export * from './catalogue.js';
export * from './missing.js';

/** A list of declarations and where they came from (shown by `c7n-ts schema`). */
export interface EagerElementSource {
  origin: string;
  elements: readonly ElementDecl[];
}

/**
 * Declarations loaded on first use: when a resource type they serve is first looked at, or
 * when all are (`typesWith`). The CLI's bundle loads each resource folder's elements so, from
 * a script of their own: a command reads the declarations of the types its policies use, not
 * of every type (issue 17). Each element must name its types, all of them among `serves`, and
 * none may be a mode; a source that breaks this fails when loaded.
 */
export interface LazyElementSource {
  origin: string;
  serves: readonly string[];
  load(): readonly ElementDecl[];
}

export type ElementSource = EagerElementSource | LazyElementSource;

/** A lazy source in the registry: its place among the sources keeps tables in their order. */
interface Pending {
  source: LazyElementSource;
  index: number;
  loaded: boolean;
}

export interface RegistryInput {
  resources: readonly ResourceTypeDecl[];
  sources: readonly ElementSource[];
  /**
   * Another engine's names (a provider's): for "not supported yet" and did-you-mean. A function
   * is called on first use: a valid policy never needs the catalogue, and building it from its
   * JSON was a sixth of `c7n-ts validate`'s start-up (issue 17).
   */
  catalogue?: CatalogueInput | (() => CatalogueInput);
}

export interface Registered<D> {
  decl: D;
  origin: string;
}

export class Registry implements RegistryView {
  readonly resources = new Map<string, ResourceTypeDecl>();
  private readonly aliases = new Map<string, string>();
  private readonly byKind: Record<ElementKind, Map<string, Map<string, Registered<ElementDecl>>>> = {
    filter: new Map(),
    action: new Map(),
    mode: new Map(),
  };
  readonly modes = new Map<string, Registered<ModeDecl<any>>>();
  private catalogueInput: RegistryInput['catalogue'];
  private built: Catalogue | undefined;
  /** Lazy sources not loaded yet, by each type they serve, in source order. */
  private readonly pending = new Map<string, Pending[]>();

  constructor(input: RegistryInput) {
    this.catalogueInput = input.catalogue;
    // By code unit, not localeCompare: that loads ICU's collation data (3 MB) into every command.
    for (const rt of [...input.resources].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
      if (this.resources.has(rt.type)) throw new Error(`resource type ${rt.type} declared twice`);
      this.resources.set(rt.type, rt);
      for (const alias of rt.aliases ?? []) this.aliases.set(alias, rt.type);
    }
    for (const [index, source] of input.sources.entries()) {
      if (!('load' in source)) {
        this.register(source.origin, source.elements);
        continue;
      }
      const p: Pending = { source, index, loaded: false };
      for (const type of new Set(source.serves)) {
        const list = this.pending.get(type);
        if (list) list.push(p);
        else this.pending.set(type, [p]);
      }
    }
  }

  private register(origin: string, elements: readonly ElementDecl[]): void {
    for (const decl of elements) {
      if (decl.kind === 'mode') {
        this.modes.set(decl.type, { decl, origin });
        continue;
      }
      for (const rt of this.typesOf(decl.resources)) {
        const table = this.table(decl.kind, rt.type);
        for (const name of [decl.type, ...(decl.aliases ?? [])]) {
          const prior = table.get(name);
          if (prior) {
            // A resource-specific element overrides a generic one of the same name.
            const priorGeneric = isShared(prior.decl.resources);
            const newGeneric = isShared(decl.resources);
            if (priorGeneric === newGeneric)
              throw new Error(
                `${decl.kind} ${name} declared twice for ${rt.type} (${prior.origin}, ${origin})`,
              );
            if (newGeneric) continue;
          }
          table.set(name, { decl, origin });
        }
      }
    }
  }

  /** Loads the lazy sources serving `type` (a full type name). */
  private ensure(type: string): void {
    const list = this.pending.get(type);
    if (!list) return;
    this.pending.delete(type);
    for (const p of list) this.load(p);
  }

  /** Every lazy source: for what looks across all types. */
  private ensureAll(): void {
    for (const type of [...this.pending.keys()]) this.ensure(type);
  }

  /**
   * Registers a lazy source's elements, after the sources before it serving one of its types:
   * each table then holds its elements in source order, as if every source had been eager.
   */
  private load(p: Pending): void {
    if (p.loaded) return;
    p.loaded = true;
    for (const type of p.source.serves)
      for (const before of this.pending.get(type) ?? []) if (before.index < p.index) this.load(before);
    const { origin, serves } = p.source;
    const elements = p.source.load();
    const served = new Set(serves);
    for (const decl of elements) {
      const outside =
        decl.kind === 'mode' || isShared(decl.resources)
          ? decl.type
          : decl.resources.find((t) => this.resources.has(t) && !served.has(t));
      if (outside !== undefined)
        throw new Error(
          `${origin}: ${decl.kind} ${decl.type} is loaded on first use but applies beyond ${[...served].join(', ')}`,
        );
    }
    this.register(origin, elements);
  }

  /** The catalogue, built on first use; undefined when the registry has none. */
  get catalogue(): Catalogue | undefined {
    const input = this.catalogueInput;
    if (input) {
      this.built = new Catalogue(typeof input === 'function' ? input() : input);
      this.catalogueInput = undefined;
    }
    return this.built;
  }

  /**
   * The declared types an element applies to. A list names its types: looked up, not tested
   * against every type (the whole product was a start-up loop hot enough for the optimizing
   * compiler, for an answer read once).
   */
  private typesOf(a: AppliesTo): Iterable<ResourceTypeDecl> {
    if (isShared(a)) return [...this.resources.values()].filter((rt) => appliesTo(a, rt));
    const out: ResourceTypeDecl[] = [];
    for (const type of new Set(a)) {
      const rt = this.resources.get(type);
      if (rt) out.push(rt);
    }
    return out;
  }

  private table(kind: ElementKind, rt: string): Map<string, Registered<ElementDecl>> {
    let t = this.byKind[kind].get(rt);
    if (!t) {
      t = new Map();
      this.byKind[kind].set(rt, t);
    }
    return t;
  }

  /** Full type name for `ec2` or `aws.ec2`; undefined when unknown. */
  resolveType(name: string): string | undefined {
    if (this.resources.has(name)) return name;
    return this.aliases.get(name);
  }

  resource(type: string): ResourceTypeDecl | undefined {
    const full = this.resolveType(type);
    return full ? this.resources.get(full) : undefined;
  }

  /** Every name users may write for a resource type (full names and aliases). */
  resourceNames(): string[] {
    return [...this.resources.keys(), ...this.aliases.keys()].sort();
  }

  elements(kind: 'filter', rt: string): Map<string, Registered<FilterDecl<any, any>>>;
  elements(kind: 'action', rt: string): Map<string, Registered<ActionDecl<any, any>>>;
  elements(kind: ElementKind, rt: string): Map<string, Registered<ElementDecl>>;
  elements(kind: ElementKind, rt: string): Map<string, Registered<ElementDecl>> {
    if (kind === 'mode') return this.modes as Map<string, Registered<ElementDecl>>;
    const type = this.resolveType(rt) ?? rt;
    this.ensure(type);
    return this.byKind[kind].get(type) ?? new Map();
  }

  filter(rt: string, name: string): FilterDecl<any, any> | undefined {
    return this.elements('filter', rt).get(name)?.decl;
  }

  action(rt: string, name: string): ActionDecl<any, any> | undefined {
    return this.elements('action', rt).get(name)?.decl;
  }

  mode(name: string): ModeDecl<any> | undefined {
    return this.modes.get(name)?.decl;
  }

  /** The catalogue's name for a registry type (by its full name or an alias); undefined if absent. */
  catalogueType(rt: string): string | undefined {
    const decl = this.resource(rt);
    if (!this.catalogue || !decl) return undefined;
    for (const name of [decl.type, ...(decl.aliases ?? [])]) {
      const c = this.catalogue.resolveType(name);
      if (c) return c;
    }
    return undefined;
  }

  /** Why a filter or action is not one of `rt`'s: not supported yet, elsewhere only, or unknown. */
  explainMissing(kind: 'filter' | 'action', rt: string, name: string): MissingName {
    return explainMissingElement(this, kind, this.resolveType(rt) ?? rt, name);
  }

  /** Resource types where an element of that kind and name exists (for "not valid for" hints). */
  typesWith(kind: 'filter' | 'action', name: string): string[] {
    this.ensureAll();
    const out: string[] = [];
    for (const [rt, table] of this.byKind[kind]) if (table.has(name)) out.push(rt);
    return out.sort();
  }
}

/**
 * Why `name` is not a filter or action of `rt`, for a declaration's `check` (which sees only
 * a RegistryView): the full answer from a Registry, a plain "unknown" from a narrower view.
 */
export function explainMissing(
  view: RegistryView,
  kind: 'filter' | 'action',
  rt: string,
  name: string,
): MissingName {
  if (view instanceof Registry) return view.explainMissing(kind, rt, name);
  return { messageId: `unknown-${kind}`, message: `unknown ${kind} "${name}"` };
}

export function composeRegistry(input: RegistryInput): Registry {
  return new Registry(input);
}
