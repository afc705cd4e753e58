import { getTranslations } from "next-intl/server";

/** Where conference apps read the published programme (schedule.json / schedule.xml). */
export async function ScheduleExportLinks({ baseUrl, slug, published }: { baseUrl: string; slug: string; published: boolean }) {
  const t = await getTranslations("webhooks.export");
  const json = `${baseUrl}/api/conferences/${slug}/schedule.json`;
  const xml = `${baseUrl}/api/conferences/${slug}/schedule.xml`;
  return (
    <section className="card stack" aria-labelledby="schedule-export-title">
      <h2 id="schedule-export-title" className="h3">
        {t("title")}
      </h2>
      {published ? (
        <>
          <p>{t("intro")}</p>
          <ul className="plain-list">
            <li>
              {t("json")}: <a href={json} className="webhook-url">{json}</a>
            </li>
            <li>
              {t("xml")}: <a href={xml} className="webhook-url">{xml}</a>
            </li>
          </ul>
        </>
      ) : (
        <p className="muted">{t("notPublished")}</p>
      )}
    </section>
  );
}
