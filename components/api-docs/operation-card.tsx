import { constraints, type ListedOperation } from "@/lib/openapi/view";
import { SchemaFields, TypeName, type SchemaLabels } from "./schema-fields";
import { DocText, PathText } from "./text";

export type OperationLabels = SchemaLabels & {
  parameters: string;
  location: string;
  requestBody: string;
  responses: string;
  auth: string;
  headers: string;
  details: string;
  in: Record<string, string>;
  /** Words for response keys that are not a status code ("default", "2XX"). */
  statuses?: Record<string, string>;
};

/** One endpoint (or webhook: its event type as the path) of the reference: method and path, what it does, its parameters, body and answers. */
export function OperationCard({ entry, labels }: { entry: ListedOperation; labels: OperationLabels }) {
  const { method, path, operation } = entry;
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  return (
    <article className="card stack api-operation" id={entry.id} aria-labelledby={`${entry.id}-title`}>
      <h3 id={`${entry.id}-title`} className="api-operation__title">
        <span className={`api-method api-method--${method}`}>{method.toUpperCase()}</span> <PathText path={path} />
        {operation.security && <span className="badge badge--neutral">{labels.auth}</span>}
      </h3>
      {operation.summary && (
        <p className="api-summary" lang="en">
          <DocText text={operation.summary} />
        </p>
      )}
      {operation.description && (
        <p className="api-description" lang="en">
          <DocText text={operation.description} />
        </p>
      )}
      <details className="api-details">
        <summary>{labels.details}</summary>
        {operation.parameters && operation.parameters.length > 0 && (
          <section aria-label={labels.parameters}>
            <h4>{labels.parameters}</h4>
            <ul className="api-fields">
              {operation.parameters.map((p) => (
                <li key={`${p.in}-${p.name}`}>
                  <code className="api-field-name">{p.name}</code> <TypeName schema={p.schema} />{" "}
                  <span className={p.required ? "badge badge--warning" : "badge badge--neutral"}>{p.required ? labels.required : labels.optional}</span>{" "}
                  <span className="small muted">
                    {labels.location}: {labels.in[p.in] ?? p.in}
                    {p.schema && constraints(p.schema, labels.words).length > 0 && `, ${constraints(p.schema, labels.words).join(", ")}`}
                  </span>
                  {p.description && (
                    <p className="small api-description" lang="en">
                      <DocText text={p.description} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {body && (
          <section aria-label={labels.requestBody}>
            <h4>
              {labels.requestBody} <TypeName schema={body} />
            </h4>
            <SchemaFields schema={body} labels={labels} />
          </section>
        )}
        <section aria-label={labels.responses}>
          <h4>{labels.responses}</h4>
          <dl className="api-responses">
            {Object.entries(operation.responses ?? {}).map(([status, response]) => {
              const media = Object.entries(response.content ?? {})[0];
              return (
                <div key={status} className="api-response">
                  <dt>
                    <span className={`api-status api-status--${status[0]}xx`}>{labels.statuses?.[status] ?? status}</span> {media && <TypeName schema={media[1].schema} />}
                    {media && media[0] !== "application/json" && <span className="small muted"> {media[0]}</span>}
                  </dt>
                  <dd lang="en">
                    {response.description && <DocText text={response.description} />}
                    {response.headers && Object.keys(response.headers).length > 0 && (
                      <span className="small muted">
                        {" "}
                        ({labels.headers}: {Object.keys(response.headers).join(", ")})
                      </span>
                    )}
                    {media && !media[1].schema?.$ref && <SchemaFields schema={media[1].schema} labels={labels} />}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      </details>
    </article>
  );
}
