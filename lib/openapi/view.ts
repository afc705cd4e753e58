/**
 * Pure helpers that turn the OpenAPI document into what the reference page (/docs/api) shows:
 * operations grouped by tag, the webhooks, and a short type label per schema. No React, no I/O.
 */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
};

export type DocParameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
export type DocMedia = { schema?: JsonSchema };
export type DocResponse = { description?: string; content?: Record<string, DocMedia>; headers?: Record<string, { description?: string; schema?: JsonSchema }> };
export type DocOperation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: DocParameter[];
  requestBody?: { content?: Record<string, DocMedia> };
  responses?: Record<string, DocResponse>;
};
export type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, DocOperation>>;
  /** By event type: what Tagung sends to organisers' endpoints. */
  webhooks?: Record<string, Record<string, DocOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type ListedOperation = { id: string; method: string; path: string; operation: DocOperation };

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Operations by tag, in the document's tag order, each in path order. */
export function operationsByTag(doc: OpenApiDoc): { tag: string; description?: string; operations: ListedOperation[] }[] {
  const all: ListedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) all.push({ id: `op-${operation.operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-")}`, method, path, operation });
    }
  }
  const tags = doc.tags ?? [];
  const named = tags.map((t) => ({ tag: t.name, description: t.description, operations: all.filter((o) => o.operation.tags?.[0] === t.name) }));
  const rest = all.filter((o) => !tags.some((t) => t.name === o.operation.tags?.[0]));
  return [...named, ...(rest.length ? [{ tag: "Other", operations: rest }] : [])].filter((g) => g.operations.length > 0);
}

/** The webhooks in the document's order; `path` is the event type (registration.created). */
export function listedWebhooks(doc: OpenApiDoc): ListedOperation[] {
  return Object.entries(doc.webhooks ?? {}).flatMap(([type, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ id: `webhook-${type.replace(/[^A-Za-z0-9]+/g, "-")}`, method, path: type, operation: item[method] })),
  );
}

/** The component name a `$ref` points to. */
export function refName(ref: string): string {
  return ref.split("/").pop() ?? ref;
}

/** "string (date-time)", "integer | null", "array of OrganiserSession", "\"de\" | \"en\"". */
export function typeLabel(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeLabel).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const labels = types.map((t) => {
    if (t === "array") return `array of ${typeLabel(schema.items)}`;
    if (t === "object" && !schema.properties && typeof schema.additionalProperties === "object") return `map of ${typeLabel(schema.additionalProperties)}`;
    return schema.format && t === "string" ? `string (${schema.format})` : t;
  });
  return labels.join(" | ") || (schema.properties ? "object" : "any");
}

/** The object schema whose fields are worth listing (directly, inside an array, or a nullable one), else null. */
export function fieldsOf(schema: JsonSchema | undefined): JsonSchema | null {
  if (!schema || schema.$ref) return null;
  if (schema.properties) return schema;
  if (schema.items) return fieldsOf(schema.items);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(fieldsOf).find((v) => v !== null) ?? null;
  return null;
}

export type ConstraintWords = { default: string; items: string };

/** Limits worth a reader's attention: "≤ 200", "1–200", "≤ 40 items", "default 50" (words in the reader's language). */
export function constraints(schema: JsonSchema, words: ConstraintWords): string[] {
  const out: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined) out.push(`${schema.minimum ?? ""}–${schema.maximum ?? ""}`);
  if (schema.maxLength !== undefined) out.push(`≤ ${schema.maxLength}`);
  if (schema.maxItems !== undefined) out.push(`≤ ${schema.maxItems} ${words.items}`);
  if (schema.default !== undefined) out.push(`${words.default} ${JSON.stringify(schema.default)}`);
  return out;
}
