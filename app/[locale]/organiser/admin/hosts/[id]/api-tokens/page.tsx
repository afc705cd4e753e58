import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/organiser/admin/action-form";
import { AdminNav } from "@/components/organiser/admin/admin-nav";
import { CreateTokenForm } from "@/components/organiser/api-tokens/create-token-form";
import { Link, redirect } from "@/i18n/navigation";
import { adminStanding } from "@/lib/admin/queries";
import { hostApiTokens } from "@/lib/api-tokens/queries";
import { currentUser } from "@/lib/auth";
import { formatDateRange, formatDateTime } from "@/lib/format/datetime";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

// Tokens belong to a host, not to one conference with a zone of its own: the platform's home zone.
const TIME_ZONE = "Europe/Berlin";

/** A host's organiser API tokens: create (shown once), see scope and last use, revoke. Owners and platform admins. */
export default async function ApiTokensPage({ params, searchParams }: PageProps<"/[locale]/organiser/admin/hosts/[id]/api-tokens">) {
  const { locale, id } = await params;
  const { revoked } = await searchParams;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const data = await hostApiTokens(user.id, id);
  if (!data) notFound();
  const standing = await adminStanding(user.id);
  const t = await getTranslations("integrations.tokens");
  const justRevoked = typeof revoked === "string" ? data.tokens.find((token) => token.id === revoked && token.revokedAt) : undefined;
  const conferences = data.conferences.map((c) => ({ id: c.id, title: c.title, dates: formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale) }));
  return (
    <div className="container stack">
      <AdminNav current={null} isPlatformAdmin={standing.isPlatformAdmin} />
      <p>
        <Link href={`/organiser/admin/hosts/${data.host.id}`}>← {t("back")}</Link>
      </p>
      <h1>{t("title", { host: data.host.shortName })}</h1>
      {justRevoked && (
        <p className="notice notice--success" role="status">
          {t("revokedDone", { name: justRevoked.name })}
        </p>
      )}
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/docs/api">{t("docsLink")}</Link>
      </p>

      <section className="card stack" aria-labelledby="create-heading">
        <h2 id="create-heading">{t("create")}</h2>
        {conferences.length === 0 ? <p>{t("noConferences")}</p> : <CreateTokenForm hostId={data.host.id} conferences={conferences} action={createApiTokenAction} />}
      </section>

      <section className="stack" aria-labelledby="list-heading">
        <h2 id="list-heading">{t("list")}</h2>
        {data.tokens.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <>
            <p className="small muted">{t("lastUsedHint")}</p>
            <ul className="plain-list stack" data-testid="api-tokens">
              {data.tokens.map((token) => (
                <li key={token.id} className="card stack">
                  <h3 id={`token-${token.id}`} className="h4">
                    {token.name} <code className="small muted">{token.prefix}…</code>{" "}
                    {token.revokedAt ? (
                      <span className="badge badge--neutral">{t("revoked", { date: formatDateTime(token.revokedAt, TIME_ZONE, locale) })}</span>
                    ) : (
                      <span className="badge badge--success">{t("active")}</span>
                    )}
                  </h3>
                  <dl className="facts">
                    <div>
                      <dt>{t("rights")}</dt>
                      <dd>{t(`rightsName.${token.rights}`)}</dd>
                    </div>
                    <div>
                      <dt>{t("scope")}</dt>
                      <dd>{token.conferences.join(", ")}</dd>
                    </div>
                    <div>
                      <dt>{t("createdAt")}</dt>
                      <dd>
                        {formatDateTime(token.createdAt, TIME_ZONE, locale)}
                        {token.createdBy && <div className="small muted">{t("createdBy", { email: token.createdBy })}</div>}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("lastUsed")}</dt>
                      <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, TIME_ZONE, locale) : t("never")}</dd>
                    </div>
                  </dl>
                  {!token.revokedAt && (
                    <ActionForm action={revokeApiTokenAction} className="stack" submitClass="button button--danger" submitLabel={t("revoke")} submitContext={token.name}>
                      <input type="hidden" name="tokenId" value={token.id} />
                      <input type="hidden" name="hostId" value={data.host.id} />
                    </ActionForm>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
