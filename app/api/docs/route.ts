import { appUrl } from "@/lib/http";
import { localeFromAcceptLanguage } from "@/lib/i18n-server";
import { localePrefix } from "@/lib/registrations/payloads";

export const dynamic = "force-dynamic";

/** The API reference is a page of the site (its layout, language and CSP): /docs/api, /en/docs/api. */
export async function GET(request: Request) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  return Response.redirect(`${appUrl()}${localePrefix(locale)}/docs/api`, 307);
}
