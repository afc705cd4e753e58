import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/organiser/admin/action-form";
import { AdminNav } from "@/components/organiser/admin/admin-nav";
import { DataTable, TableSection } from "@/components/data-table";
import { HostFields } from "@/components/organiser/admin/host-fields";
import { Link, redirect } from "@/i18n/navigation";
import { adminStanding, listAdminHosts } from "@/lib/admin/queries";
import { currentUser } from "@/lib/auth";
import { createHostAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/organiser/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

/** Hosts: all of them for platform admins (who may add one), the ones they own for host owners. */
export default async function AdminPage({ params }: PageProps<"/[locale]/organiser/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const standing = await adminStanding(user.id);
  if (!standing.isPlatformAdmin && standing.ownedHostIds.length === 0) notFound();
  const t = await getTranslations("admin");
  const hosts = await listAdminHosts(user.id);
  return (
    <div className="container stack">
      <AdminNav current="hosts" isPlatformAdmin={standing.isPlatformAdmin} />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <TableSection id="hosts-heading" title={t("hosts.title")}>
        <DataTable
          testId="hosts"
          columns={[t("hosts.shortName"), t("hosts.name"), t("hosts.members"), t("hosts.conferences")]}
          rows={hosts}
          empty={<p>{t("hosts.none")}</p>}
          row={(h) => (
            <tr key={h.id}>
              <td>
                <Link href={`/organiser/admin/hosts/${h.id}`} aria-label={t("hosts.open", { host: h.shortName })}>
                  {h.shortName}
                </Link>{" "}
                {h.isDemo && <span className="badge badge--demo">{t("hosts.demo")}</span>}
              </td>
              <td>{h.name}</td>
              <td>{h._count.memberships}</td>
              <td>{h._count.conferences}</td>
            </tr>
          )}
        />
      </TableSection>
      {standing.isPlatformAdmin && (
        <section className="card stack" aria-labelledby="create-host-heading">
          <h2 id="create-host-heading">{t("hosts.create")}</h2>
          <ActionForm action={createHostAction} submitLabel={t("hosts.createSubmit")}>
            <HostFields prefix="new-host" />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
