/**
 * The YANG library content the server publishes, in both revisions OpenDaylight's clients read:
 * RFC 8525 `ietf-yang-library:yang-library` (one module set, `complete`, used by both datastores) and
 * RFC 7895 `ietf-yang-library:modules-state` (module-set-id and one entry per module). RFC 8525's
 * revision of the module keeps `modules-state` (deprecated) beside `yang-library`, so one module,
 * `ietf-yang-library@2019-01-04`, serves both: that is how a server supports old and new clients.
 *
 * Every module of the application schema and of the server's own schema is listed (a name in both:
 * the application's). Facts per module:
 * - schema location (RFC 8525 `location`, RFC 7895 `schema`): `/rests/modules/{name}[/{revision}]`
 *   when the server has the module's text (schema-resource.ts serves it), else none. Stored relative
 *   to the server; system-data.ts makes it absolute against each request's base URL.
 * - conformance (RFC 7895 `conformance-type`, RFC 8525 `module` vs `import-only-module`): `implement`
 *   when the module defines data nodes, rpcs, notifications or identities, augments or deviates another
 *   (seen in its text), or no loaded module imports it; `import` when it is only imported for its
 *   typedefs and groupings.
 * - features: every feature the module declares (canopy enables all of them).
 * - deviation: the modules whose `deviation` statements target this one (from the texts).
 * Pure.
 */
import { createHash } from 'node:crypto';
import type { JsonObject, JsonValue, ModuleSchema, SchemaContext } from '../yang/schema.js';
import type { YangSources } from './yang-sources.js';

/** The revision of RFC 8525's module; also what GET /rests/yang-library-version reports (§3.3.3). */
export const YANG_LIBRARY_REVISION = '2019-01-04';

/** Where schema download serves modules and submodules. */
export const MODULES_PREFIX = '/rests/modules';

/** The server-relative URL of a loaded module's or submodule's text. */
export function schemaLocation(name: string, revision: string | undefined): string {
  const tail = revision === undefined ? '' : `/${encodeURIComponent(revision)}`;
  return `${MODULES_PREFIX}/${encodeURIComponent(name)}${tail}`;
}

interface SubmoduleFacts {
  readonly name: string;
  readonly revision: string | undefined;
  readonly location: string | undefined;
}

/** What the library says about one module. */
export interface ModuleFacts {
  readonly name: string;
  readonly revision: string | undefined;
  readonly namespace: string;
  readonly location: string | undefined;
  readonly conformance: 'implement' | 'import';
  readonly features: readonly string[];
  readonly deviations: readonly { readonly name: string; readonly revision: string | undefined }[];
  readonly submodules: readonly SubmoduleFacts[];
}

function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The facts of every module of `schemas` (the first schema wins a name both define), by name. */
export function moduleFacts(
  schemas: readonly SchemaContext[],
  sources: YangSources,
): ModuleFacts[] {
  const modules = new Map<string, ModuleSchema>();
  for (const schema of schemas) {
    for (const module of schema.modules.values()) {
      if (!modules.has(module.name)) {
        modules.set(module.name, module);
      }
    }
  }
  const imported = new Set<string>();
  for (const module of modules.values()) {
    for (const name of module.imports) {
      if (name !== module.name) {
        imported.add(name);
      }
    }
  }
  return [...modules.values()]
    .map((module) => factsOf(module, sources, imported.has(module.name)))
    .sort(byName);
}

function factsOf(module: ModuleSchema, sources: YangSources, imported: boolean): ModuleFacts {
  const own = sources.exact(module.name, module.revision);
  const submodules = module.submodules.map((name) => {
    const unit = sources.find(name);
    const known = unit !== undefined && unit.kind === 'submodule';
    return {
      name,
      revision: known ? unit.revision : undefined,
      location: known ? schemaLocation(name, unit.revision) : undefined,
    };
  });
  return {
    name: module.name,
    revision: module.revision,
    namespace: module.namespace,
    location: own === undefined ? undefined : schemaLocation(module.name, module.revision),
    conformance: implemented(module, sources, imported) ? 'implement' : 'import',
    features: [...module.features],
    deviations: sources.deviationsOf(module.name),
    submodules: submodules.sort(byName),
  };
}

function implemented(module: ModuleSchema, sources: YangSources, imported: boolean): boolean {
  if (
    !imported ||
    module.dataChildren.size > 0 ||
    module.rpcs.size > 0 ||
    module.notifications.size > 0 ||
    module.identities.size > 0
  ) {
    return true;
  }
  // Augments and deviations leave no mark on the module's own schema: look in its texts.
  return [module.name, ...module.submodules].some(
    (name) => sources.find(name)?.augmentsOrDeviates === true,
  );
}

/** The content id of a module list (a hash: it changes whenever the list does). */
function contentId(json: JsonValue): string {
  return createHash('sha256').update(JSON.stringify(json)).digest('hex').slice(0, 16);
}

function withLocation(
  entry: Record<string, JsonValue>,
  location: string | undefined,
): Record<string, JsonValue> {
  if (location !== undefined) {
    entry['location'] = [location];
  }
  return entry;
}

function rfc8525Module(facts: ModuleFacts): JsonObject {
  const entry: Record<string, JsonValue> = { name: facts.name };
  if (facts.revision !== undefined) {
    entry['revision'] = facts.revision;
  }
  entry['namespace'] = facts.namespace;
  withLocation(entry, facts.location);
  if (facts.submodules.length > 0) {
    entry['submodule'] = facts.submodules.map((s) => {
      const sub: Record<string, JsonValue> = { name: s.name };
      if (s.revision !== undefined) {
        sub['revision'] = s.revision;
      }
      return withLocation(sub, s.location);
    });
  }
  if (facts.conformance === 'implement') {
    if (facts.features.length > 0) {
      entry['feature'] = [...facts.features];
    }
    if (facts.deviations.length > 0) {
      entry['deviation'] = facts.deviations.map((d) => d.name);
    }
  }
  return entry;
}

/** RFC 8525 `yang-library` content for `facts`. */
export function yangLibraryContent(facts: readonly ModuleFacts[]): JsonObject {
  const implemented = facts.filter((f) => f.conformance === 'implement').map(rfc8525Module);
  const importOnly = facts
    .filter((f) => f.conformance === 'import')
    .map((f) => rfc8525Module({ ...f, revision: f.revision ?? '' }));
  const set: Record<string, JsonValue> = { name: 'complete', module: implemented };
  if (importOnly.length > 0) {
    // RFC 8525 keys import-only modules by name and revision: one without a revision has "".
    set['import-only-module'] = importOnly;
  }
  return {
    'module-set': [set],
    schema: [{ name: 'complete', 'module-set': ['complete'] }],
    datastore: [
      { name: 'ietf-datastores:running', schema: 'complete' },
      { name: 'ietf-datastores:operational', schema: 'complete' },
    ],
    'content-id': contentId([implemented, importOnly]),
  };
}

/** RFC 7895 `modules-state` content for `facts`; a missing revision is "" (RFC 7895 §2.2). */
export function modulesStateContent(facts: readonly ModuleFacts[]): JsonObject {
  const modules = facts.map((f) => {
    const entry: Record<string, JsonValue> = { name: f.name, revision: f.revision ?? '' };
    if (f.location !== undefined) {
      entry['schema'] = f.location;
    }
    entry['namespace'] = f.namespace;
    if (f.features.length > 0) {
      entry['feature'] = [...f.features];
    }
    if (f.deviations.length > 0) {
      entry['deviation'] = f.deviations.map((d) => ({ name: d.name, revision: d.revision ?? '' }));
    }
    entry['conformance-type'] = f.conformance;
    if (f.submodules.length > 0) {
      entry['submodule'] = f.submodules.map((s) => {
        const sub: Record<string, JsonValue> = { name: s.name, revision: s.revision ?? '' };
        if (s.location !== undefined) {
          sub['schema'] = s.location;
        }
        return sub;
      });
    }
    return entry;
  });
  return { 'module-set-id': contentId(modules), module: modules };
}
