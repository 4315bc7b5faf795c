/**
 * The schema context: what a set of YANG modules says about the data tree, resolved and ready for the
 * data tree to validate against. Everything here is plain, immutable data built once by the YANG
 * compiler (compile.ts) and shared read-only by every transaction.
 *
 * Invariants:
 * - A `QName` is always `module-name:local-name` with the module's *name* (never its prefix), which is
 *   exactly the RFC 7951 JSON member-name qualifier. Submodule nodes carry their parent module's name.
 * - groupings/uses/refine/augment/typedef are fully expanded: a node appears wherever it is usable, and
 *   augmented nodes appear in the target's `children` under their own module's QName.
 * - `children` of a data node is *flattened through choice/case*: every data node (container, list, leaf,
 *   leaf-list, anydata) that is addressable directly under its parent in a path, whatever choice/case it
 *   sits in. The choice structure stays available in `choices` and in each child's `caseAncestry`.
 * - Types are resolved: typedef chains collapsed into their restrictions; leafref carries its target's type.
 * - Integer and decimal64 `ranges` always hold the effective value space (never empty); string and
 *   binary `lengths` are empty when nothing restricts the length.
 *
 * Where the idea comes from: yangtools' EffectiveModelContext (design 003 reuses the in-memory store's
 * schema), RFC 7950 for the statements, RFC 7951 for the JSON names.
 */
import type { SourceLocation } from '../util/errors.js';

/** `module-name:local-name`, the RFC 7951 qualified name. */
export type QName = string;

/** An inclusive interval of a range or length restriction. */
export interface Interval<T extends number | bigint> {
  readonly min: T;
  readonly max: T;
}

/** A `pattern` restriction: the YANG (XSD) source and its compiled, anchored JavaScript equivalent. */
export interface PatternRestriction {
  readonly source: string;
  readonly regex: RegExp;
  readonly invertMatch: boolean;
  readonly errorMessage?: string | undefined;
}

export type IntegerBase =
  'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64';

/**
 * A resolved YANG type. `name` is what the user wrote, for messages (`uint32`, `toaster:DisplayString`;
 * a typedef is always `module-name:typedef-name`).
 * Integer ranges are bigint for every width so one comparison covers int64 and uint64; decimal64 ranges
 * are in units of 10^-fractionDigits (the scaled integer). Ranges always list the effective value
 * space (the built-in's limits when unrestricted). String and binary `lengths` are empty when
 * unrestricted; a `max` upper bound is `Number.MAX_SAFE_INTEGER`. Lengths count Unicode code points
 * for strings and octets for binary. Patterns all apply (a value must satisfy every one).
 */
export type YangType =
  | {
      readonly kind: 'string';
      readonly name: string;
      readonly lengths: readonly Interval<number>[];
      readonly patterns: readonly PatternRestriction[];
    }
  | {
      readonly kind: 'integer';
      readonly name: string;
      readonly base: IntegerBase;
      readonly ranges: readonly Interval<bigint>[];
    }
  | {
      readonly kind: 'decimal64';
      readonly name: string;
      readonly fractionDigits: number;
      readonly ranges: readonly Interval<bigint>[];
    }
  | { readonly kind: 'boolean'; readonly name: string }
  | { readonly kind: 'empty'; readonly name: string }
  | {
      readonly kind: 'binary';
      readonly name: string;
      readonly lengths: readonly Interval<number>[];
    }
  | {
      readonly kind: 'enumeration';
      readonly name: string;
      readonly enums: ReadonlyMap<string, number>;
    }
  | { readonly kind: 'bits'; readonly name: string; readonly bits: ReadonlyMap<string, number> }
  | { readonly kind: 'union'; readonly name: string; readonly types: readonly YangType[] }
  | { readonly kind: 'identityref'; readonly name: string; readonly bases: readonly QName[] }
  | {
      readonly kind: 'leafref';
      readonly name: string;
      readonly path: string;
      readonly requireInstance: boolean;
      readonly target: YangType;
    }
  | {
      readonly kind: 'instance-identifier';
      readonly name: string;
      readonly requireInstance: boolean;
    };

/** One `choice`/`case` step between a data node and its parent data node (outermost first). */
export interface CaseStep {
  readonly choice: QName;
  readonly case: QName;
}

interface SchemaNodeBase {
  /** `module:name` of this node. */
  readonly qname: QName;
  /** The module that defines the node (after augment: the augmenting module). */
  readonly module: string;
  /** The local name. */
  readonly name: string;
  /** Effective `config` (inherited; false under rpc/notification and for state data). */
  readonly config: boolean;
  /** The schema path in RFC 8040 style without keys, for messages: `/toaster:toaster/darknessFactor`. */
  readonly schemaPath: string;
  /** Where the statement was written. */
  readonly source: SourceLocation;
  readonly description?: string | undefined;
  /** Choice/case steps between the parent data node and this node; empty when not inside a choice. */
  readonly caseAncestry: readonly CaseStep[];
  /** `when` expressions, recorded but not evaluated (see docs/ARCHITECTURE.md). */
  readonly when: readonly string[];
  /** `must` expressions, recorded but not evaluated. */
  readonly must: readonly string[];
}

/** A node with data children (container, list entry, case, rpc input/output, notification, the root). */
export interface DataParent {
  /** Data children flattened through choice/case, keyed by QName. */
  readonly children: ReadonlyMap<QName, DataNodeSchema>;
  /** Choices directly under this node (not flattened), keyed by QName. */
  readonly choices: ReadonlyMap<QName, ChoiceSchema>;
}

/** Operations a container or list entry carries (YANG 1.1 actions and nested notifications). */
export interface OperationHolder {
  /** Actions keyed by QName; absent when there are none. */
  readonly actions?: ReadonlyMap<QName, RpcSchema> | undefined;
  /** Notifications defined inside this node, keyed by QName; absent when there are none. */
  readonly notifications?: ReadonlyMap<QName, NotificationSchema> | undefined;
}

export interface ContainerSchema extends SchemaNodeBase, DataParent, OperationHolder {
  readonly kind: 'container';
  /** A presence container means something by existing; a non-presence one exists only through children. */
  readonly presence: boolean;
}

export interface ListSchema extends SchemaNodeBase, DataParent, OperationHolder {
  readonly kind: 'list';
  /** Key leaves in `key` statement order. Empty for a keyless list (allowed only for config false). */
  readonly keys: readonly QName[];
  readonly orderedBy: 'system' | 'user';
  readonly minElements: number;
  /** `Infinity` when unbounded. */
  readonly maxElements: number;
  /**
   * Each `unique` statement as the descendant paths it names, relative to the list entry, each step a
   * QName: `["example:ip", "example:port"]`, `["example:endpoint/example:address"]`.
   */
  readonly unique: readonly (readonly string[])[];
}

export interface LeafSchema extends SchemaNodeBase {
  readonly kind: 'leaf';
  readonly type: YangType;
  readonly mandatory: boolean;
  /**
   * The default in RFC 7951 JSON form, already validated against `type`: the leaf's own `default`, else
   * its typedef's. Undefined when there is none, and always for key leaves and mandatory leaves.
   */
  readonly default?: JsonScalar | undefined;
  readonly units?: string | undefined;
  /** True when this leaf is a key of its parent list. */
  readonly isKey: boolean;
}

export interface LeafListSchema extends SchemaNodeBase {
  readonly kind: 'leaf-list';
  readonly type: YangType;
  readonly orderedBy: 'system' | 'user';
  readonly minElements: number;
  readonly maxElements: number;
  /** Defaults in RFC 7951 JSON form (the leaf-list's own, else its typedef's when min-elements is 0). */
  readonly defaults: readonly JsonScalar[];
}

/** anydata/anyxml: content is kept as opaque JSON and not validated. */
export interface AnydataSchema extends SchemaNodeBase {
  readonly kind: 'anydata' | 'anyxml';
  readonly mandatory: boolean;
}

export type DataNodeSchema =
  ContainerSchema | ListSchema | LeafSchema | LeafListSchema | AnydataSchema;

export interface CaseSchema extends SchemaNodeBase, DataParent {
  readonly kind: 'case';
}

export interface ChoiceSchema extends SchemaNodeBase {
  readonly kind: 'choice';
  /** Cases keyed by QName; a shorthand case (a data node directly under choice) gets a case of its own name. */
  readonly cases: ReadonlyMap<QName, CaseSchema>;
  readonly mandatory: boolean;
  readonly defaultCase?: QName | undefined;
}

/**
 * An rpc, or an action (YANG 1.1, found in `actions` of a container or list): input and output are data
 * parents of their own (config false); an operation without input or output has an empty one.
 */
export interface RpcSchema {
  readonly kind: 'rpc' | 'action';
  readonly qname: QName;
  readonly module: string;
  readonly name: string;
  readonly source: SourceLocation;
  readonly description?: string | undefined;
  readonly input: DataParent;
  readonly output: DataParent;
}

export interface NotificationSchema extends DataParent {
  readonly kind: 'notification';
  readonly qname: QName;
  readonly module: string;
  readonly name: string;
  readonly source: SourceLocation;
  readonly description?: string | undefined;
}

export interface IdentitySchema {
  readonly qname: QName;
  readonly module: string;
  readonly name: string;
  /** Direct bases. */
  readonly bases: readonly QName[];
  /** Every identity derived from this one, directly or transitively (not including itself). */
  readonly derived: ReadonlySet<QName>;
  readonly source: SourceLocation;
}

export interface ModuleSchema {
  readonly name: string;
  readonly namespace: string;
  readonly prefix: string;
  /** Newest revision date (`YYYY-MM-DD`), undefined when the module has none. */
  readonly revision?: string | undefined;
  readonly revisions: readonly string[];
  readonly source: SourceLocation;
  /** Names of the submodules included. */
  readonly submodules: readonly string[];
  /** Names of the modules imported. */
  readonly imports: readonly string[];
  /** Features declared (all are considered enabled). */
  readonly features: readonly string[];
  /** Top-level data nodes the module defines (flattened through choice/case), keyed by QName. */
  readonly dataChildren: ReadonlyMap<QName, DataNodeSchema>;
  readonly rpcs: ReadonlyMap<QName, RpcSchema>;
  readonly notifications: ReadonlyMap<QName, NotificationSchema>;
  readonly identities: ReadonlyMap<QName, IdentitySchema>;
}

/** The whole schema: every module, and a root whose children are all top-level data nodes. */
export interface SchemaContext {
  readonly modules: ReadonlyMap<string, ModuleSchema>;
  /** Module by its namespace URI. */
  readonly modulesByNamespace: ReadonlyMap<string, ModuleSchema>;
  /** The datastore root: children are every module's top-level data nodes, keyed by QName. */
  readonly root: DataParent;
  readonly identities: ReadonlyMap<QName, IdentitySchema>;
  readonly rpcs: ReadonlyMap<QName, RpcSchema>;
  readonly notifications: ReadonlyMap<QName, NotificationSchema>;
}

/** JSON as RFC 7951 encodes YANG data. */
export type JsonScalar = string | number | boolean | readonly [null];
export type JsonValue = JsonScalar | null | JsonObject | readonly JsonValue[];
export interface JsonObject {
  readonly [member: string]: JsonValue;
}
