import { useTranslations } from "next-intl";
import { MEMBERSHIP_ROLES } from "@/lib/hosts/schema";

/** A host role (owner, editor, viewer) as a labelled select named "role". */
export function RoleSelect({ id, label, hiddenLabel = false, defaultValue }: { id: string; label: string; hiddenLabel?: boolean; defaultValue: string }) {
  const t = useTranslations("admin.roles");
  return (
    <div className="field">
      <label htmlFor={id} className={hiddenLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <select id={id} name="role" defaultValue={defaultValue}>
        {MEMBERSHIP_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(r)}
          </option>
        ))}
      </select>
    </div>
  );
}
