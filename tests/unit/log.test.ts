import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { correlationId, createLogger } from "@/lib/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "info";
  const logger = createLogger(stream);
  process.env.LOG_LEVEL = previous;
  return { logger, lines };
}

// Not `Headers`: it refuses some of the forged values before they could reach the helper.
const headers = (value?: string) => ({ get: (name: string) => (name === "x-request-id" ? (value ?? null) : null) });

describe("the structured log", () => {
  it("writes one JSON line per record, with the service, the level and an ISO time", () => {
    const { logger, lines } = capture();
    logger.info({ route: "/api/ready" }, "not ready");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: "dot-pha", level: 30, msg: "not ready", route: "/api/ready" });
    expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("never writes a password, token, secret, cookie or authorization header, at the top or nested", () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        password: "hunter2-top",
        user: { username: "admin", currentPassword: "hunter2-nested", totpSecret: "JBSWY3DPEHPK3PXP" },
        req: { headers: { cookie: "next-auth.session-token=abc", authorization: "Bearer xyz", "set-cookie": "a=b" } },
        token: "tok",
        secret: "s3cr3t",
      },
      "sign-in refused",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      "hunter2-top",
      "hunter2-nested",
      "JBSWY3DPEHPK3PXP",
      "session-token=abc",
      "Bearer xyz",
      "a=b",
      '"tok"',
      "s3cr3t",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { username: "admin", currentPassword: "[redacted]" } });
  });

  it("carries the load balancer's request id when it looks like one, and otherwise makes a new one", () => {
    expect(correlationId(headers("lb-7f3a9c2e-0001"))).toBe("lb-7f3a9c2e-0001");
    const fresh = correlationId(headers());
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationId(headers())).not.toBe(fresh);
    for (const forged of ['x"\n{"level":60}', "short", "a".repeat(65), "id with spaces"]) {
      expect(correlationId(headers(forged))).not.toBe(forged);
    }
  });

  it("marks every line of a request's child logger with its correlation id", () => {
    const { logger, lines } = capture();
    logger.child({ reqId: correlationId(headers("req-12345678")) }).error({ err: new Error("boom") }, "failed");
    expect(lines[0]).toMatchObject({ reqId: "req-12345678", err: { message: "boom", type: "Error" } });
  });
});
