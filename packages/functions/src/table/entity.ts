/** A small ElectroDB-like entity helper: each entity declares its key templates per access pattern on the one table. */
import type { Scope } from "@ntm/core/authz"
import { Schema } from "effect"
import { TableDefinition } from "./definition.ts"

/** A secondary index of the table. */
export type IndexName = (typeof TableDefinition.indexes)[number]["name"]

/** A key template: `PREFIX#value1#value2…`, the values taken from the named attributes, in order. */
export interface KeyTemplate<A> {
  readonly prefix: string
  readonly composite: ReadonlyArray<keyof A & string>
}

/** One access pattern: the partition and sort key templates, on the base table or a GSI. */
export interface AccessPattern<A> {
  readonly index?: IndexName | undefined
  readonly pk: KeyTemplate<A>
  readonly sk: KeyTemplate<A>
}

/** Values that fill key templates. */
export type KeyValues<A> = Partial<Record<keyof A & string, unknown>>

/** What an entity declares. */
export interface EntityConfig<S extends Schema.Top, P extends string> {
  /** The entity type stored on every item (`entityType`), also the audit trail's `entityType`. */
  readonly type: string
  /** Bumped when the stored shape changes; `migrate` upgrades older items on read. */
  readonly schemaVersion: number
  /** The entity's attributes (its API representation, without `version`). */
  readonly schema: S
  /** The entity's id (unique within its type): audit trails and idempotency replays use it. */
  readonly id: (value: S["Type"]) => string
  /** Where the entity is located, for the authorization policy. */
  readonly scope: (value: S["Type"]) => Scope
  /** The base-table key. */
  readonly primary: AccessPattern<S["Type"]> & { readonly index?: undefined }
  /** Other access patterns, each on its own GSI. */
  readonly patterns?: Readonly<Record<P, AccessPattern<S["Type"]> & { readonly index: IndexName }>>
  /** Upgrades an item's `data` stored under an older `schemaVersion`. */
  readonly migrate?: ((fromVersion: number, data: unknown) => unknown) | undefined
}

/** An entity read from (or about to be written to) the table, with its optimistic-concurrency version. */
export interface Stored<A> {
  readonly value: A
  /** 1 after create, +1 per update. */
  readonly version: number
}

/** The attributes every entity item carries besides its keys. */
export interface ItemMeta {
  readonly entityType: string
  readonly schemaVersion: number
  readonly version: number
  readonly data: unknown
}

/** Encodes one key value so `#` (the separator) and `%` can never forge another key. */
export const encodeKeyValue = (v: unknown): string => {
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "bigint") {
    throw new Error(`key value must be a string or number, got ${typeof v}`)
  }
  return String(v).replaceAll("%", "%25").replaceAll("#", "%23")
}

/** Renders a template with every composite value; throws (a defect) if one is missing. */
const render = <A>(t: KeyTemplate<A>, values: KeyValues<A>): string =>
  [t.prefix, ...t.composite.map((k) => encodeKeyValue(values[k]))].join("#")

/** Renders the longest prefix of a template the given values fill (for `begins_with` on sort keys). */
const renderPrefix = <A>(t: KeyTemplate<A>, values: KeyValues<A>): string => {
  const parts = [t.prefix]
  for (const k of t.composite) {
    if (values[k] === undefined) return `${parts.join("#")}#`
    parts.push(encodeKeyValue(values[k]))
  }
  return parts.join("#")
}

const attributeNames = (index: IndexName | undefined) => {
  if (index === undefined) return { pk: TableDefinition.partitionKey, sk: TableDefinition.sortKey }
  const i = TableDefinition.indexes.find((x) => x.name === index)!
  return { pk: i.partitionKey, sk: i.sortKey }
}

/** A key condition ready for a Query: index, attribute names, the partition value and a sort-key prefix. */
export interface KeyQuery {
  readonly index: IndexName | undefined
  readonly pkName: string
  readonly skName: string
  readonly pk: string
  readonly skPrefix: string
  readonly entityType: string
}

/** A declared entity. */
export interface Entity<S extends Schema.Top, P extends string> {
  readonly config: EntityConfig<S, P>
  readonly type: string
  /** The base-table key `{pk, sk}` for the given values (usually `{ id }`). */
  readonly primaryKey: (values: KeyValues<S["Type"]>) => { pk: string; sk: string }
  /** The full item for a value at a version: every key attribute, meta and encoded data. */
  readonly toItem: (value: S["Type"], version: number) => Record<string, unknown>
  /** Decodes an item (upgrading older schema versions); throws on a corrupt item (a defect). */
  readonly fromItem: (item: Record<string, unknown>) => Stored<S["Type"]>
  /** The encoded (JSON) form of a value. */
  readonly encode: (value: S["Type"]) => unknown
  /** The key condition of an access pattern; sort-key composites may be left out from the right. */
  readonly query: (pattern: P | "primary", values: KeyValues<S["Type"]>) => KeyQuery
}

/**
 * Declares an entity.
 *
 * @example
 * const Note = defineEntity({
 *   type: "Note", schemaVersion: 1, schema: NoteSchema, id: (n) => n.id, scope: (n) => ({ province: n.province }),
 *   primary: { pk: { prefix: "NOTE", composite: ["id"] }, sk: { prefix: "NOTE", composite: [] } },
 *   patterns: { byCommune: { index: "gsi1", pk: { prefix: "COMMUNE", composite: ["commune"] },
 *                            sk: { prefix: "NOTE", composite: ["createdAt", "id"] } } },
 * })
 */
export const defineEntity = <S extends Schema.Codec<unknown, unknown, never, never>, P extends string = never>(
  config: EntityConfig<S, P>,
): Entity<S, P> => {
  const encode = Schema.encodeSync(config.schema as Schema.Codec<S["Type"], unknown>)
  const decode = Schema.decodeUnknownSync(config.schema as Schema.Codec<S["Type"], unknown>)
  const patterns = (config.patterns ?? {}) as Record<string, AccessPattern<S["Type"]>>
  const patternOf = (name: string): AccessPattern<S["Type"]> => {
    const p = name === "primary" ? config.primary : patterns[name]
    if (p === undefined) throw new Error(`${config.type} has no access pattern ${name}`)
    return p
  }
  return {
    config,
    type: config.type,
    encode,
    primaryKey: (values) => ({ pk: render(config.primary.pk, values), sk: render(config.primary.sk, values) }),
    toItem: (value, version) => {
      const values = value as KeyValues<S["Type"]>
      const item: Record<string, unknown> = {
        [TableDefinition.partitionKey]: render(config.primary.pk, values),
        [TableDefinition.sortKey]: render(config.primary.sk, values),
        entityType: config.type,
        schemaVersion: config.schemaVersion,
        version,
        data: encode(value),
      }
      for (const p of Object.values(patterns)) {
        const names = attributeNames(p.index)
        item[names.pk] = render(p.pk, values)
        item[names.sk] = render(p.sk, values)
      }
      return item
    },
    fromItem: (item) => {
      const meta = item as unknown as ItemMeta
      if (meta.entityType !== config.type) throw new Error(`expected a ${config.type} item, got ${meta.entityType}`)
      const data =
        meta.schemaVersion === config.schemaVersion
          ? meta.data
          : config.migrate !== undefined
            ? config.migrate(meta.schemaVersion, meta.data)
            : meta.data
      return { value: decode(data), version: meta.version }
    },
    query: (pattern, values) => {
      const p = patternOf(pattern)
      const names = attributeNames(p.index)
      return {
        index: p.index,
        pkName: names.pk,
        skName: names.sk,
        pk: render(p.pk, values),
        skPrefix: renderPrefix(p.sk, values),
        entityType: config.type,
      }
    },
  }
}
