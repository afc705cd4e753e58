"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Unexpected failures inside a page: a calm message, a retry, and the way home; details stay in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="container narrow stack">
      <h1>{t("error.title")}</h1>
      <p className="lead">{t("error.text")}</p>
      {error.digest && <p className="small muted">{t("error.reference", { digest: error.digest })}</p>}
      <p className="button-row">
        <button type="button" className="button" onClick={() => reset()}>
          {t("error.retry")}
        </button>
        <Link href="/" className="button button--secondary">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
