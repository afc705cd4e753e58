import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/organiser/admin/action-form";
import { AdminNav } from "@/components/organiser/admin/admin-nav";
import { DataTable } from "@/components/data-table";
import { redirect } from "@/i18n/navigation";
import { listUsers } from "@/lib/admin/queries";
import { currentUser } from "@/lib/auth";
import { setPlatformAdminAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/organiser/admin/users">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("users.title"), robots: { index: false } };
}

/** Everyone who can sign in, with their hosts; platform admins grant and revoke administration here. */
export default async function AdminUsersPage({ params }: PageProps<"/[locale]/organiser/admin/users">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const users = await listUsers(user.id);
  if (!users) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="container stack">
      <AdminNav current="users" isPlatformAdmin />
      <h1>{t("users.title")}</h1>
      <p className="muted">{t("users.intro")}</p>
      <DataTable
        testId="users"
        columns={[t("users.email"), t("users.name"), t("users.hosts"), t("users.admin")]}
        rows={users}
        row={(u) => (
          <tr key={u.id}>
            <td>
              {u.email} {u.isDemo && <span className="badge badge--demo">{t("users.demo")}</span>}
            </td>
            <td>{u.name}</td>
            <td>{u.memberships.map((m) => `${m.host.shortName} (${t(`roles.${m.role}`)})`).join(", ")}</td>
            <td>
              <p>{u.isPlatformAdmin ? t("users.isAdmin") : t("users.notAdmin")}</p>
              <ActionForm
                action={setPlatformAdminAction}
                className="stack"
                submitClass="button button--secondary"
                submitLabel={u.isPlatformAdmin ? t("users.revoke") : t("users.grant")}
                submitContext={u.email}
              >
                <input type="hidden" name="userId" value={u.id} />
                <input type="hidden" name="admin" value={u.isPlatformAdmin ? "false" : "true"} />
              </ActionForm>
            </td>
          </tr>
        )}
      />
    </div>
  );
}
