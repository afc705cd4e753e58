import { AppError } from "@/lib/errors";
import { errorResponse, readJsonBody, refusalResponse } from "@/lib/http";
import { localeFromAcceptLanguage } from "@/lib/i18n-server";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { parseAttendeeInput } from "@/lib/registrations/errors";
import { findRegistrationByToken, registrationView } from "@/lib/registrations/queries";
import { registrationUpdate } from "@/lib/registrations/schema";
import { updateRegistration, type UpdateRegistrationRefusal } from "@/lib/registrations/update-registration";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/api/registrations/[token]">;

const NO_STORE = { "Cache-Control": "private, no-store" };

const REFUSED: Record<UpdateRegistrationRefusal["reason"], string> = {
  cancelled: "This registration has been cancelled",
  closed: "This registration can no longer be changed",
};

async function registrationFor(context: Context) {
  const { token } = await context.params;
  const registration = await findRegistrationByToken(token);
  if (!registration) throw new AppError("not_found", "Unknown or expired link");
  return registration;
}

async function view(context: Context) {
  return registrationView(await registrationFor(context));
}

export async function GET(_request: Request, context: Context) {
  try {
    const registration = await registrationFor(context);
    return Response.json({ ...(await registrationView(registration)), conference: { slug: registration.conference.slug, title: registration.conference.title } }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}

export async function PATCH(request: Request, context: Context) {
  try {
    const registration = await registrationFor(context);
    const body = await readJsonBody(request);
    const bodyLocale = body && typeof body === "object" ? (body as { locale?: unknown }).locale : undefined;
    const locale = bodyLocale === "de" || bodyLocale === "en" ? bodyLocale : localeFromAcceptLanguage(request.headers.get("accept-language"));
    const input = await parseAttendeeInput(registrationUpdate, body, locale);
    const outcome = await updateRegistration({ registrationId: registration.id, input, locale, actor: "attendee" });
    if (!outcome.ok) return refusalResponse(outcome, REFUSED[outcome.reason], NO_STORE);
    return Response.json(await view(context), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}

export async function DELETE(_request: Request, context: Context) {
  try {
    const registration = await registrationFor(context);
    const result = await cancelRegistration({ registrationId: registration.id, actor: "attendee" });
    return Response.json({ id: registration.id, status: result.status }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}
