import { getDevMail, mailboxRequestAllowed } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/dev/mailbox/[id]/raw">) {
  const { id } = await params;
  const message = mailboxRequestAllowed(request) ? await getDevMail(id) : null;
  if (!message) return Response.json({ error: "not_found" }, { status: 404 });
  return new Response(message.raw, { headers: { "Content-Type": "message/rfc822", "Content-Disposition": `attachment; filename="${id}.eml"` } });
}
