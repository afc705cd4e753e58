import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.ok) return Response.json({ status: "ok", database: "ok" });
  return Response.json({ status: "error", database: "unreachable", reason: health.reason }, { status: 503 });
}
