// Column primitives shared by every table, and the derivation of column descriptors from a table schema:
// CSV headers, Parquet types, JSON Schema and the Frictionless Table Schema all read these descriptors.
import { Schema, SchemaAST } from "effect"

/** How a column is stored; read by every output format. */
export type ColumnKind = "string" | "integer" | "number" | "boolean" | "date" | "list"

export const ColumnKindId: unique symbol = Symbol.for("border-events/ColumnKind")

const kind = (k: ColumnKind) => ({ [ColumnKindId]: k })

const isValidIsoDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** A calendar date, ISO 8601 `YYYY-MM-DD` (codebook: Columns of every event). */
export const IsoDate = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}$/),
  Schema.filter(isValidIsoDate, { message: () => "a real calendar date in the form YYYY-MM-DD" })
).annotations({ identifier: "IsoDate", title: "date", jsonSchema: { type: "string", format: "date" }, ...kind("date") })

/** ISO 3166-1 alpha-2 country code (codebook: Countries). */
export const Alpha2 = Schema.String.pipe(Schema.pattern(/^[A-Z]{2}$/)).annotations({
  identifier: "Alpha2",
  description: "ISO 3166-1 alpha-2 country code",
  ...kind("string")
})

export const Count = Schema.Int.pipe(Schema.nonNegative()).annotations({ identifier: "Count", ...kind("integer") })

export const Offset = Schema.Int.pipe(Schema.nonNegative()).annotations({ identifier: "Offset", ...kind("integer") })

export const Confidence = Schema.Number.pipe(Schema.between(0, 1)).annotations({
  identifier: "Confidence",
  ...kind("number")
})

export const Sha256 = Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/)).annotations({
  identifier: "Sha256",
  ...kind("string")
})

/** A list column: never null, the empty list when nothing is stated (codebook: Lists are never null). */
export const List = <A extends string, I extends string>(item: Schema.Schema<A, I>) =>
  Schema.Array(item).annotations(kind("list"))

export interface Column {
  readonly name: string
  readonly kind: ColumnKind
  /** For list columns: the kind of the items. */
  readonly itemKind: ColumnKind | null
  readonly nullable: boolean
  readonly required: boolean
  /** Allowed values of an enum column (or of a list's items). */
  readonly enum: ReadonlyArray<string> | null
  readonly pattern: string | null
  readonly description: string
}

const annotation = <A>(ast: SchemaAST.AST, key: symbol): A | undefined => ast.annotations[key] as A | undefined

const literals = (ast: SchemaAST.AST): Array<string> | null => {
  if (SchemaAST.isLiteral(ast) && typeof ast.literal === "string") return [ast.literal]
  if (SchemaAST.isUnion(ast)) {
    const all = ast.types.map(literals)
    return all.every((l): l is Array<string> => l !== null) ? all.flat() : null
  }
  return null
}

const patternOf = (ast: SchemaAST.AST): string | null => {
  for (let a: SchemaAST.AST | undefined = ast; a && SchemaAST.isRefinement(a); a = a.from) {
    const js = a.annotations[SchemaAST.JSONSchemaAnnotationId] as { pattern?: string } | undefined
    if (js?.pattern) return js.pattern
  }
  return null
}

const kindOf = (ast: SchemaAST.AST): ColumnKind => {
  const explicit = annotation<ColumnKind>(ast, ColumnKindId)
  if (explicit) return explicit
  if (SchemaAST.isRefinement(ast)) return kindOf(ast.from)
  if (SchemaAST.isTupleType(ast)) return "list"
  if (SchemaAST.isBooleanKeyword(ast)) return "boolean"
  if (SchemaAST.isNumberKeyword(ast)) return "number"
  if (SchemaAST.isStringKeyword(ast) || literals(ast)) return "string"
  throw new Error(`no column kind for schema ${String(ast)}`)
}

const describe = (ast: SchemaAST.AST, name: string): string =>
  SchemaAST.getDescriptionAnnotation(ast).pipe((o) => (o._tag === "Some" ? o.value : name))

/** The columns of a table schema, in the schema's field order (the public column order). */
export const columnsOf = (schema: Schema.Schema.AnyNoContext): ReadonlyArray<Column> => {
  const ast = schema.ast
  const struct = SchemaAST.isTransformation(ast) ? ast.to : ast
  if (!SchemaAST.isTypeLiteral(struct)) throw new Error("columnsOf expects a struct schema")
  return struct.propertySignatures.map((ps) => {
    const name = String(ps.name)
    let type = ps.type
    let nullable = false
    if (SchemaAST.isUnion(type)) {
      const rest = type.types.filter((t) => !(SchemaAST.isLiteral(t) && t.literal === null))
      if (rest.length < type.types.length) {
        nullable = true
        type = rest.length === 1 ? rest[0]! : SchemaAST.Union.make(rest)
      }
    }
    const k = kindOf(type)
    const item = k === "list" && SchemaAST.isTupleType(type) ? type.rest[0]?.type : undefined
    return {
      name,
      kind: k,
      itemKind: item ? kindOf(item) : null,
      nullable,
      required: !ps.isOptional,
      enum: literals(item ?? type),
      pattern: patternOf(item ?? type),
      description: describe(ps.type, name)
    }
  })
}
