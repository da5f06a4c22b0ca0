// Liveness for a load balancer or orchestrator: the process answers. It touches nothing else, so a slow
// database never gets a healthy instance restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
