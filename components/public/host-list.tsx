"use client";

import { useTranslations } from "next-intl";

type Host = { role: string; host: { slug: string; name: string; shortName: string; website: string | null; description: string } };

/**
 * The organisations behind a conference, each with its role (organiser, co-organiser, partner).
 * A client component only because its props are smaller than its markup: a server component's
 * markup is sent twice, as HTML and again in the page's RSC payload (issue 15).
 */
export function HostList({ hosts }: { hosts: Host[] }) {
  const t = useTranslations("public");
  return (
    <ul className="host-cards">
      {hosts.map(({ role, host }) => (
        <li key={host.slug} className="host-card">
          <p className="host-card__role">
            <span className={`badge${role === "partner" ? " badge--neutral" : ""}`}>{t(`roles.${role}`)}</span>
          </p>
          <h3 className="host-card__name">
            {`${host.name} `}
            <span className="muted">{`(${host.shortName})`}</span>
          </h3>
          {host.description && <p className="small">{host.description}</p>}
          {host.website && (
            <p className="small">
              <a href={host.website} rel="noopener">
                {host.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                <span className="visually-hidden">{` (${t("conference.websiteOf", { host: host.shortName })})`}</span>
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
