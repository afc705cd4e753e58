import { clientIp } from "@/lib/client-ip";
import { errorResponse, readJsonBody } from "@/lib/http";
import { localeFromAcceptLanguage } from "@/lib/i18n-server";
import { requestManageLink } from "@/lib/registrations/send-manage-link";

export const dynamic = "force-dynamic";

/** "Lost your link?" — always 202, whether or not the address is registered. */
export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request);
    const bodyLocale = body && typeof body === "object" ? (body as { locale?: unknown }).locale : undefined;
    const locale = bodyLocale === "de" || bodyLocale === "en" ? bodyLocale : localeFromAcceptLanguage(request.headers.get("accept-language"));
    await requestManageLink({ input: body, ip: clientIp(request.headers), locale });
    return Response.json({ status: "accepted" }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
