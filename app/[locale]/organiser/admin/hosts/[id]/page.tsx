import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/organiser/admin/action-form";
import { AdminNav } from "@/components/organiser/admin/admin-nav";
import { DataTable, TableSection } from "@/components/data-table";
import { HostFields } from "@/components/organiser/admin/host-fields";
import { RoleSelect } from "@/components/organiser/admin/role-select";
import { Link, redirect } from "@/i18n/navigation";
import { adminStanding } from "@/lib/admin/queries";
import { currentUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/format/datetime";
import { hostTeam } from "@/lib/hosts/queries";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, resendInvitationAction, revokeInvitationAction, updateHostAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

// Invitation expiry is shown in the platform's home zone: invitations belong to no conference with a zone of its own.
const TIME_ZONE = "Europe/Berlin";
// Ids and timestamps in the change log say nothing a reader needs; the row's time and action do.
const LOG_HIDDEN_FIELDS = new Set(["hostId", "userId", "userCreated", "expiresAt", "revokedAt"]);

/** One host: its details (platform admins edit them), its team and its open invitations (owners and admins manage them). */
export default async function AdminHostPage({ params }: PageProps<"/[locale]/organiser/admin/hosts/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const team = await hostTeam(user.id, id);
  if (!team) notFound();
  const standing = await adminStanding(user.id);
  const t = await getTranslations("admin");
  const tt = await getTranslations("integrations.tokens");
  const { host } = team;
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.name") : field);
  const fieldValue = (field: string, value: string | null) => {
    if (field === "role" && value && t.has(`roles.${value}`)) return t(`roles.${value}` as "roles.owner");
    if (field === "rights" && (value === "read" || value === "write")) return tt(`rightsName.${value}`);
    return value;
  };
  return (
    <div className="container stack">
      <AdminNav current={null} isPlatformAdmin={standing.isPlatformAdmin} />
      <h1>{t("host.title", { host: host.shortName })}</h1>
      <p className="muted">{host.name}</p>

      {team.canEditDetails ? (
        <section className="card stack" aria-labelledby="details-heading">
          <h2 id="details-heading">{t("host.details")}</h2>
          <ActionForm action={updateHostAction} submitLabel={t("host.save")}>
            <input type="hidden" name="hostId" value={host.id} />
            <HostFields prefix="host" values={host} />
          </ActionForm>
        </section>
      ) : (
        <dl className="facts facts--stacked">
          <dt>{t("host.slug")}</dt>
          <dd>{host.slug}</dd>
          <dt>{t("host.contactEmail")}</dt>
          <dd>{host.contactEmail}</dd>
          {host.website && (
            <>
              <dt>{t("host.website")}</dt>
              <dd>{host.website}</dd>
            </>
          )}
        </dl>
      )}

      <TableSection id="members-heading" title={t("host.members")}>
        <p className="muted">{t("roleHelp")}</p>
        <DataTable
          testId="members"
          columns={[t("host.person"), t("host.role"), t("host.actions")]}
          rows={team.members}
          empty={<p>{t("host.noMembers")}</p>}
          row={(m) => (
            <tr key={m.userId}>
              <td>
                {m.email}
                {m.name && <div className="small muted">{m.name}</div>}
              </td>
              <td>
                <ActionForm action={changeMemberRoleAction} className="stack" submitClass="button button--secondary" submitLabel={t("host.changeRole")} submitContext={m.email}>
                  <input type="hidden" name="hostId" value={host.id} />
                  <input type="hidden" name="userId" value={m.userId} />
                  <RoleSelect id={`role-${m.userId}`} label={t("host.roleOf", { email: m.email })} hiddenLabel defaultValue={m.role} />
                </ActionForm>
              </td>
              <td>
                <ActionForm action={removeMemberAction} className="stack" submitClass="button button--danger" submitLabel={t("host.remove")} submitContext={m.email}>
                  <input type="hidden" name="hostId" value={host.id} />
                  <input type="hidden" name="userId" value={m.userId} />
                </ActionForm>
              </td>
            </tr>
          )}
        />
      </TableSection>

      <TableSection id="invitations-heading" title={t("host.invitations")}>
        <DataTable
          testId="invitations"
          columns={[t("host.email"), t("host.role"), t("host.expires"), t("host.actions")]}
          rows={team.invitations}
          empty={<p>{t("host.noInvitations")}</p>}
          row={(i) => (
            <tr key={i.id}>
              <td>
                {i.email}
                {i.invitedBy && <div className="small muted">{t("host.invitedBy")}: {i.invitedBy}</div>}
              </td>
              <td>{t(`roles.${i.role}`)}</td>
              <td>
                {formatDateTime(i.expiresAt, TIME_ZONE, locale)}
                {i.state === "expired" && <span className="badge badge--warning"> {t("host.expired")}</span>}
              </td>
              <td className="button-row">
                <ActionForm action={resendInvitationAction} className="stack" submitClass="button button--secondary" submitLabel={t("host.resend")} submitContext={i.email}>
                  <input type="hidden" name="invitationId" value={i.id} />
                </ActionForm>
                <ActionForm action={revokeInvitationAction} className="stack" submitClass="button button--danger" submitLabel={t("host.revoke")} submitContext={i.email}>
                  <input type="hidden" name="invitationId" value={i.id} />
                </ActionForm>
              </td>
            </tr>
          )}
        />
      </TableSection>

      <section className="card stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("host.invite")}</h2>
        <p className="muted">{t("host.inviteIntro")}</p>
        <ActionForm action={inviteMemberAction} submitLabel={t("host.inviteSubmit")}>
          <input type="hidden" name="hostId" value={host.id} />
          <div className="field">
            <label htmlFor="invite-email">{t("host.inviteEmail")}</label>
            <input type="email" id="invite-email" name="email" required maxLength={254} autoComplete="off" />
          </div>
          <RoleSelect id="invite-role" label={t("host.inviteRole")} defaultValue="editor" />
          <div className="field">
            <label htmlFor="invite-locale">{t("host.inviteLanguage")}</label>
            <select id="invite-locale" name="locale" defaultValue={locale}>
              <option value="de">{t("host.languages.de")}</option>
              <option value="en">{t("host.languages.en")}</option>
            </select>
          </div>
        </ActionForm>
      </section>

      <section className="card stack" aria-labelledby="api-tokens-heading">
        <h2 id="api-tokens-heading">{tt("section")}</h2>
        <p className="muted">{tt("hostIntro")}</p>
        <p>
          <Link href={`/organiser/admin/hosts/${host.id}/api-tokens`}>{tt("hostLink")}</Link>
        </p>
      </section>

      <TableSection id="log-heading" title={t("host.log")}>
        <DataTable
          testId="host-log"
          columns={[t("host.logWhen"), t("host.logWho"), t("host.logWhat"), t("host.logDetails")]}
          rows={team.log}
          empty={<p>{t("host.logEmpty")}</p>}
          row={(r) => (
            <tr key={r.id}>
              <td>{formatDateTime(r.at, TIME_ZONE, locale)}</td>
              <td>{r.actorEmail ?? t("host.logSystem")}</td>
              <td>{t.has(`auditActions.${r.action.replace(/\./g, "_")}`) ? t(`auditActions.${r.action.replace(/\./g, "_")}` as "auditActions.host_create") : r.action}</td>
              <td className="small">
                {r.changes
                  .filter((c) => !LOG_HIDDEN_FIELDS.has(c.field))
                  .map((c) => (
                    <div key={c.field}>
                      {fieldLabel(c.field)}: {c.before !== null && c.after !== null ? `${fieldValue(c.field, c.before)} → ${fieldValue(c.field, c.after)}` : fieldValue(c.field, c.after ?? c.before)}
                    </div>
                  ))}
              </td>
            </tr>
          )}
        />
      </TableSection>
    </div>
  );
}
