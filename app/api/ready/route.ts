import { readiness } from "@/lib/dal/read-models/health";
import { correlationId, requestLogger } from "@/lib/log";

// Readiness: send traffic here only when the database answers and its migrations are all applied. The answer
// says no more than ready or not; why is in the server's log, under the request's correlation id.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const result = await readiness();
  const headers = { "Cache-Control": "no-store" };
  if (result.ready) return Response.json({ status: "ready" }, { headers });
  const reqId = correlationId(request.headers);
  requestLogger(reqId).warn({ reason: result.reason }, "not ready");
  return Response.json({ status: "unavailable" }, { status: 503, headers: { ...headers, "X-Request-Id": reqId } });
}
