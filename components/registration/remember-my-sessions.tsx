"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { rememberMySessions, useMySessions } from "@/components/public/my-sessions";

/**
 * On the manage page: remembers the person's confirmed sessions in this browser so the public
 * programme marks them ("Meine Sessions"), and offers to forget that. Stores session ids only —
 * the manage link stays in the address bar and the email.
 */
export function RememberMySessions({ slug, sessionIds }: { slug: string; sessionIds: string[] }) {
  const t = useTranslations("public.mySessions");
  const my = useMySessions(slug);
  const ids = sessionIds.join(" ");
  useEffect(() => {
    rememberMySessions(slug, ids ? ids.split(" ") : []);
  }, [slug, ids]);
  if (!sessionIds.length) return null;
  return (
    <div className="notice my-sessions-note">
      {my.forgotten ? (
        <button type="button" className="link-button" onClick={() => rememberMySessions(slug, sessionIds, { force: true })}>
          {t("remember")}
        </button>
      ) : (
        <>
          <p>{t("manageNote")}</p>
          <Link href={`/conferences/${slug}#programme-heading`}>{t("show")}</Link>
          <button type="button" className="link-button" onClick={my.forget}>
            {t("forget")}
          </button>
        </>
      )}
    </div>
  );
}
