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
export interface ElementSource {
  origin: string;
  elements: readonly ElementDecl[];
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

  constructor(input: RegistryInput) {
    this.catalogueInput = input.catalogue;
    // By code unit, not localeCompare: that loads ICU's collation data (3 MB) into every command.
    for (const rt of [...input.resources].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
      if (this.resources.has(rt.type)) throw new Error(`resource type ${rt.type} declared twice`);
      this.resources.set(rt.type, rt);
      for (const alias of rt.aliases ?? []) this.aliases.set(alias, rt.type);
    }
    for (const { origin, elements } of input.sources) {
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
    return this.byKind[kind].get(this.resolveType(rt) ?? rt) ?? new Map();
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
