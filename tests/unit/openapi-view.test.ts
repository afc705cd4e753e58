import { describe, expect, it } from "vitest";
import { constraints, fieldsOf, listedWebhooks, operationsByTag, typeLabel } from "@/lib/openapi/view";

describe("the API reference's reading of the OpenAPI document", () => {
  it("labels types the way a reader expects", () => {
    expect(typeLabel({ type: "string", format: "date-time" })).toBe("string (date-time)");
    expect(typeLabel({ type: ["integer", "null"] })).toBe("integer | null");
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/OrganiserSession" } })).toBe("array of OrganiserSession");
    expect(typeLabel({ enum: ["de", "en"] })).toBe('"de" | "en"');
    expect(typeLabel({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("string | null");
    expect(typeLabel({ type: "object", additionalProperties: { type: "string" } })).toBe("map of string");
    expect(typeLabel(undefined)).toBe("any");
  });

  it("finds the fields of an object, also inside arrays and nullable unions, but not behind a $ref", () => {
    const object = { type: "object", properties: { id: { type: "string" } } };
    expect(fieldsOf(object)).toBe(object);
    expect(fieldsOf({ type: "array", items: object })).toBe(object);
    expect(fieldsOf({ anyOf: [{ type: "null" }, object] })).toBe(object);
    expect(fieldsOf({ $ref: "#/components/schemas/X" })).toBeNull();
  });

  it("names limits in the reader's words", () => {
    expect(constraints({ type: "integer", minimum: 1, maximum: 200, default: 50 }, { default: "Standard", items: "Einträge" })).toEqual(["1–200", "Standard 50"]);
    expect(constraints({ type: "array", maxItems: 40 }, { default: "default", items: "items" })).toEqual(["≤ 40 items"]);
  });

  it("groups operations by the document's tags, in its order, with stable anchors", () => {
    const groups = operationsByTag({
      info: { title: "t", version: "1" },
      tags: [{ name: "B" }, { name: "A" }, { name: "Empty" }],
      paths: { "/x": { get: { operationId: "getX", tags: ["A"] }, post: { tags: ["B"] } }, "/y": { delete: { operationId: "deleteY", tags: ["Elsewhere"] } } },
    });
    expect(groups.map((g) => [g.tag, g.operations.map((o) => o.id)])).toEqual([
      ["B", ["op-post-x"]],
      ["A", ["op-getX"]],
      ["Other", ["op-deleteY"]],
    ]);
  });

  it("lists the webhooks in the document's order, the event type as their path, with anchors apart from the operations'", () => {
    const hooks = listedWebhooks({
      info: { title: "t", version: "1" },
      webhooks: { "registration.created": { post: { operationId: "onRegistrationCreated" } }, "session.cancelled": { post: {} } },
    });
    expect(hooks.map((h) => [h.id, h.method, h.path])).toEqual([
      ["webhook-registration-created", "post", "registration.created"],
      ["webhook-session-cancelled", "post", "session.cancelled"],
    ]);
    expect(listedWebhooks({ info: { title: "t", version: "1" } })).toEqual([]);
  });
});
