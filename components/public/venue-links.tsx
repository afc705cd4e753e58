"use client";

import { useTranslations } from "next-intl";
import { directionsUrl, mapSearchUrl } from "@/lib/conferences/venue-links";

/**
 * Plain links to the venue on OpenStreetMap (no embedded map: nothing loads from a third party until the reader follows one).
 * A client component because its two props are smaller than the two long URLs it makes (issue 15).
 */
export function VenueLinks({ name, address }: { name: string; address: string }) {
  const t = useTranslations("public.conference");
  return (
    <ul className="venue-links">
      <li>
        <a href={mapSearchUrl(name, address)} rel="noopener noreferrer external">
          {t("map")}
        </a>
      </li>
      <li>
        <a href={directionsUrl(address)} rel="noopener noreferrer external">
          {t("directions")}
        </a>
      </li>
    </ul>
  );
}
