import { getDevMailAttachment, mailboxRequestAllowed } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/dev/mailbox/[id]/attachments/[index]">) {
  const { id, index } = await params;
  const position = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const attachment = mailboxRequestAllowed(request) && position >= 0 ? await getDevMailAttachment(id, position) : null;
  if (!attachment) return Response.json({ error: "not_found" }, { status: 404 });
  // Always a download, never rendered on this origin (an attachment could be HTML).
  const ascii = attachment.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
