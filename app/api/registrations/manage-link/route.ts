import { clientIp } from "@/lib/client-ip";
import { errorResponse, readJsonBody } from "@/lib/http";
import { localeFromAcceptLanguage } from "@/lib/i18n-server";
import { parseAttendeeInput } from "@/lib/registrations/errors";
import { linkRequest } from "@/lib/registrations/schema";
import { requestManageLink } from "@/lib/registrations/send-manage-link";

export const dynamic = "force-dynamic";

/** "Lost your link?" — always 202, whether or not the address is registered. */
export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request);
    const bodyLocale = body && typeof body === "object" ? (body as { locale?: unknown }).locale : undefined;
    const locale = bodyLocale === "de" || bodyLocale === "en" ? bodyLocale : localeFromAcceptLanguage(request.headers.get("accept-language"));
    const input = await parseAttendeeInput(linkRequest, body, locale);
    await requestManageLink({ input, ip: clientIp(request.headers) });
    return Response.json({ status: "accepted" }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
