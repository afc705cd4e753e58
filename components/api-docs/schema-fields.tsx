import { DocText } from "./text";
import { constraints, fieldsOf, refName, typeLabel, type ConstraintWords, type JsonSchema } from "@/lib/openapi/view";

export type SchemaLabels = { required: string; optional: string; words: ConstraintWords };

/** A schema's type, linking to the named schema when it is one (or an array of one). */
export function TypeName({ schema }: { schema: JsonSchema | undefined }) {
  const ref = schema?.$ref ?? schema?.items?.$ref;
  const label = typeLabel(schema);
  if (!ref) return <code className="api-type">{label}</code>;
  const name = refName(ref);
  const [before, after] = label.split(name);
  return (
    <code className="api-type">
      {before}
      <a href={`#schema-${name}`}>{name}</a>
      {after}
    </code>
  );
}

/** The fields of an object schema as a nested list: name, type, required or optional, limits, description. */
export function SchemaFields({ schema, labels, depth = 0 }: { schema: JsonSchema | undefined; labels: SchemaLabels; depth?: number }) {
  const object = fieldsOf(schema);
  if (!object?.properties) return null;
  const required = new Set(object.required ?? []);
  return (
    <ul className="api-fields">
      {Object.entries(object.properties).map(([name, field]) => {
        const limits = constraints(field, labels.words);
        return (
          <li key={name}>
            <code className="api-field-name">{name}</code> <TypeName schema={field} />{" "}
            <span className={required.has(name) ? "badge badge--warning" : "badge badge--neutral"}>{required.has(name) ? labels.required : labels.optional}</span>
            {limits.length > 0 && <span className="small muted"> {limits.join(", ")}</span>}
            {field.description && (
              <p className="small api-description" lang="en">
                <DocText text={field.description} />
              </p>
            )}
            {depth < 3 && <SchemaFields schema={field} labels={labels} depth={depth + 1} />}
          </li>
        );
      })}
    </ul>
  );
}
