import type { z } from "zod";
import { clientIp } from "@/lib/client-ip";
import { errorResponse, readJsonBody, refusalResponse } from "@/lib/http";
import { localeFromAcceptLanguage } from "@/lib/i18n-server";
import type { registrationCreatedSchema } from "@/lib/registrations/api-schema";
import { findIdempotent, rememberIdempotent, requestHash } from "@/lib/registrations/idempotency";
import { agendaFeedUrl, manageUrl } from "@/lib/registrations/payloads";
import { registerAttendee } from "@/lib/registrations/register-attendee";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: RouteContext<"/api/conferences/[slug]/registrations">) {
  try {
    const { slug } = await params;
    const body = await readJsonBody(request);
    const bodyLocale = body && typeof body === "object" ? (body as { locale?: unknown }).locale : undefined;
    const locale = bodyLocale === "de" || bodyLocale === "en" ? bodyLocale : localeFromAcceptLanguage(request.headers.get("accept-language"));

    const key = request.headers.get("idempotency-key");
    const scope = `registration:${slug}`;
    const hash = requestHash(body);
    if (key) {
      const stored = await findIdempotent(scope, key, hash);
      if (stored) return Response.json(stored.body, { status: stored.status, headers: { "Idempotent-Replayed": "true" } });
    }

    const result = await registerAttendee({ conferenceSlug: slug, input: body, locale, ip: clientIp(request.headers) });
    if (!result.ok) return refusalResponse(result, result.reason === "not_yet_open" ? "Registration is not open yet" : "Registration is closed");
    if (result.kind === "existing") {
      // Whoever typed the address learns nothing about that registration: the link goes to its owner.
      const response = { existing: true, message: "This address is already registered; a link to the registration has been emailed to it." };
      if (key) await rememberIdempotent(scope, key, hash, { status: 200, body: response });
      return Response.json(response, { status: 200 });
    }
    const response: z.input<typeof registrationCreatedSchema> = {
      id: result.registration.id,
      status: result.registration.status,
      ...(result.registration.waitlistPosition ? { waitlistPosition: result.registration.waitlistPosition } : {}),
      sessions: result.sessions,
    };
    // The manage link and the calendar address hold secret tokens: returned once, never stored (not even for replays).
    if (key) await rememberIdempotent(scope, key, hash, { status: 201, body: response });
    return Response.json({ ...response, manageUrl: manageUrl(result.manageToken!, locale), feedUrl: agendaFeedUrl(result.feedToken!) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
