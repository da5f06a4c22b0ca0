import { POST } from "@/app/api/evidence/route";

/**
 * Sends one evidence file the way the report form does (its one upload path, POST /api/evidence), as the
 * caller set with `actAs`; `headers` to play another site's page. The status and the JSON it answered.
 */
export async function uploadEvidence(
  taskId: string,
  file: File | string | null,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { id?: string; fileName?: string; error?: string } }> {
  const form = new FormData();
  form.set("taskId", taskId);
  if (file !== null) form.set("file", file);
  const response = await POST(
    new Request("http://localhost:3000/api/evidence", {
      method: "POST",
      body: form,
      headers: { host: "localhost:3000", ...headers },
    }),
  );
  return { status: response.status, body: (await response.json().catch(() => ({}))) as { id?: string; error?: string } };
}
