import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OperationCard, type OperationLabels } from "@/components/api-docs/operation-card";
import { SchemaFields } from "@/components/api-docs/schema-fields";
import { DocText, PathText } from "@/components/api-docs/text";
import { appUrl } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";
import { listedWebhooks, operationsByTag, typeLabel, type OpenApiDoc } from "@/lib/openapi/view";

type Props = PageProps<"/[locale]/docs/api">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrations.docs" });
  return { title: t("title") };
}

/** The API reference, drawn from the same OpenAPI document /api/openapi.json serves (no third-party scripts). */
export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("integrations.docs");
  const doc = openApiDocument(appUrl()) as unknown as OpenApiDoc;
  const groups = operationsByTag(doc);
  const tagName = (tag: string) => (t.has(`tags.${tag}`) ? t(`tags.${tag}` as "tags.Organiser") : tag);
  const labels: OperationLabels = {
    required: t("required"),
    optional: t("optional"),
    words: { default: t("default"), items: t("items") },
    parameters: t("parameters"),
    location: t("location"),
    requestBody: t("requestBody"),
    responses: t("responses"),
    auth: t("auth"),
    headers: t("headers"),
    details: t("details"),
    in: { path: t("in.path"), query: t("in.query"), header: t("in.header"), cookie: t("in.cookie") },
  };
  // A webhook's "parameters" are the headers Tagung sends, its body what the receiver gets, its answer the receiver's.
  const webhookLabels: OperationLabels = {
    ...labels,
    parameters: t("webhooks.parameters"),
    requestBody: t("webhooks.requestBody"),
    responses: t("webhooks.responses"),
    details: t("webhooks.details"),
    statuses: { default: t("webhooks.other") },
  };
  const webhooks = listedWebhooks(doc);
  const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="container stack api-docs">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="plain-list stack">
        <li>
          {t("document")} <a href="/api/openapi.json">/api/openapi.json</a> <span className="muted small">(OpenAPI {t("version", { version: "3.1" })})</span>
        </li>
        <li>{t("tokens")}</li>
        <li>{t("errors")}</li>
        {locale !== "en" && <li className="muted">{t("language")}</li>}
      </ul>

      <nav aria-labelledby="api-contents" className="card">
        <h2 id="api-contents" className="h3">
          {t("contents")}
        </h2>
        {groups.map((group) => (
          <div key={group.tag}>
            <h3 className="h4">
              <a href={`#tag-${group.tag}`}>{tagName(group.tag)}</a>
            </h3>
            <ul className="api-toc">
              {group.operations.map((o) => (
                <li key={o.id}>
                  <a href={`#${o.id}`}>
                    <span className={`api-method api-method--${o.method}`}>{o.method.toUpperCase()}</span> <PathText path={o.path} />
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {webhooks.length > 0 && (
          <div>
            <h3 className="h4">
              <a href="#api-webhooks">{t("webhooks.title")}</a>
            </h3>
            <ul className="api-toc">
              {webhooks.map((w) => (
                <li key={w.id}>
                  <a href={`#${w.id}`}>
                    <span className={`api-method api-method--${w.method}`}>{w.method.toUpperCase()}</span> <PathText path={w.path} />
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <a href="#api-schemas">{t("schemas")}</a>
        </p>
      </nav>

      {groups.map((group) => (
        <section key={group.tag} id={`tag-${group.tag}`} aria-labelledby={`tag-${group.tag}-title`} className="stack">
          <h2 id={`tag-${group.tag}-title`}>{tagName(group.tag)}</h2>
          {group.description && (
            <p className="muted" lang="en">
              <DocText text={group.description} />
            </p>
          )}
          {group.operations.map((o) => (
            <OperationCard key={o.id} entry={o} labels={labels} />
          ))}
        </section>
      ))}

      {webhooks.length > 0 && (
        <section id="api-webhooks" aria-labelledby="api-webhooks-title" className="stack">
          <h2 id="api-webhooks-title">{t("webhooks.title")}</h2>
          <p>{t("webhooks.intro")}</p>
          <p className="muted">{t("webhooks.verify")}</p>
          {webhooks.map((w) => (
            <OperationCard key={w.id} entry={w} labels={webhookLabels} />
          ))}
        </section>
      )}

      <section aria-labelledby="api-schemas" className="stack">
        <h2 id="api-schemas">{t("schemas")}</h2>
        {schemas.map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="card api-details">
            <summary>
              <code className="api-field-name">{name}</code> <span className="small muted">{typeLabel(schema)}</span>
            </summary>
            {schema.description && (
              <p className="api-description" lang="en">
                <DocText text={schema.description} />
              </p>
            )}
            <SchemaFields schema={schema} labels={labels} />
          </details>
        ))}
      </section>
    </div>
  );
}
