import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ConferenceTitle } from "@/components/organiser/conference-heading";
import { RetryEmailButton } from "@/components/organiser/retry-email-button";
import { SignOutButton } from "@/components/organiser/sign-out-button";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { organiserOverview } from "@/lib/conferences/organiser-overview";
import { formatDateRange } from "@/lib/format/datetime";
import { retryEmailAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function OrganiserPage({ params }: PageProps<"/[locale]/organiser">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const t = await getTranslations("organiser.overview");
  const ta = await getTranslations("organiser.attendees");
  const tn = await getTranslations("organiser.nav");
  const overview = await organiserOverview(user.id);
  if (!overview.isPlatformAdmin && overview.memberships.length === 0) {
    const tx = await getTranslations("admin.noHost");
    return (
      <div className="container narrow stack">
        <h1>{tx("title")}</h1>
        <p className="lead">{tx("text", { email: user.email })}</p>
        <p>{tx("ask")}</p>
        <p>
          <Link href="/">{tx("public")}</Link> · <SignOutButton label={t("signOut")} callbackUrl={locale === "en" ? "/en" : "/"} />
        </p>
      </div>
    );
  }
  const canAdminister = overview.isPlatformAdmin || overview.memberships.some((m) => m.role === "owner");
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("signedInAs", { email: user.email })} · <SignOutButton label={t("signOut")} callbackUrl={locale === "en" ? "/en" : "/"} />
      </p>
      <p>
        {t("memberships")}: {overview.isPlatformAdmin ? t("admin") : overview.memberships.map((m) => `${m.host} (${t(`roles.${m.role}`)})`).join(", ")}
      </p>
      {canAdminister && (
        <p>
          <Link href="/organiser/admin">{(await getTranslations("admin"))("link")}</Link>
        </p>
      )}
      <h2>{t("conferences")}</h2>
      <p><Link href="/organiser/conferences/new" className="button button--secondary">{(await getTranslations("settings.new"))("link")}</Link></p>
      {overview.conferences.length === 0 && <p>{t("none")}</p>}
      {overview.conferences.map((c) => (
        <section key={c.id} className="card stack" aria-labelledby={`conf-${c.id}`}>
          <h3 id={`conf-${c.id}`}>
            <ConferenceTitle conference={c} locale={locale} />
          </h3>
          <p className="muted">
            {formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)} · {c.hosts.map((h) => h.host.shortName).join(", ")} ·{" "}
            <Link href={`/conferences/${c.slug}`}>{t("publicPage")}</Link> ·{" "}
            <Link href={`/organiser/conferences/${c.id}/timetable`}>{tn("timetable")}</Link> ·{" "}
            <Link href={`/organiser/conferences/${c.id}/attendees`}>{ta("open")}</Link>
          </p>
          <p>
            <span className="badge badge--success">{t("confirmed", { count: c.confirmed })}</span>{" "}
            <span className="badge badge--warning">{t("waitlisted", { count: c.waitlisted })}</span>
          </p>
          <h4>{t("failedEmails")}</h4>
          <DataTable
            testId="failed-emails"
            columns={[t("recipient"), t("kind"), t("reason"), <span key="retry" className="visually-hidden">{t("retry")}</span>]}
            rows={c.failedEmails}
            empty={<p className="muted">{t("noFailed")}</p>}
            row={(e) => (
              <tr key={e.id}>
                <td>{e.toAddress}</td>
                <td>{t.has(`kinds.${e.kind}`) ? t(`kinds.${e.kind}`) : e.kind}</td>
                <td className="small">{e.lastError}</td>
                <td>
                  <RetryEmailButton emailId={e.id} action={retryEmailAction} />
                </td>
              </tr>
            )}
          />
        </section>
      ))}
    </div>
  );
}
