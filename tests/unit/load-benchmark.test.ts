import { describe, expect, it } from "vitest";
import { actionState, formActionBody } from "@/scripts/action-request";
import { loadLine, LOAD_GOALS, missedGoals, percentile, routeFigures } from "@/scripts/load-goals";
import { scopeKey, VersionedCache, versionKey } from "@/lib/db/versioned-cache";

const met = { mixedRps: 61.24, p95Ms: 287.6, errors: 0, homeRps: 104.96, dashboardRps: 40 };

describe("the load benchmark's figures", () => {
  it("takes percentiles by nearest rank and throughput over the phase's seconds", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    const f = routeFigures("GET /dashboard", samples, 2, 20);
    expect(f).toEqual({ label: "GET /dashboard", requests: 100, errors: 2, rps: 5, p50: 50, p95: 95, p99: 99 });
    expect(percentile([], 95)).toBe(0);
    expect(percentile([7], 99)).toBe(7);
  });

  it("prints the LOAD line with one decimal for rates and whole milliseconds", () => {
    expect(loadLine(met)).toBe("LOAD mixed_rps=61.2 p95_ms=288 errors=0 home_rps=105 dashboard_rps=40");
  });

  it("meets the goals only when every one is met, and names each one missed", () => {
    expect(missedGoals(met)).toEqual([]);
    expect(missedGoals({ ...met, errors: 1 })).toEqual(["1 errors"]);
    const missed = missedGoals({ mixedRps: 59.9, p95Ms: 301, errors: 0, homeRps: 99, dashboardRps: 39.9 });
    expect(missed).toHaveLength(4);
    expect(missed.join("; ")).toMatch(
      /mixed 59\.9 rps < 60; mixed p95 301 ms > 300; cadre home 99\.0 rps < 100; dashboard 39\.9 rps < 40/,
    );
    expect(LOAD_GOALS).toEqual({ mixedRps: 60, mixedP95Ms: 300, errors: 0, homeRps: 100, dashboardRps: 40 });
  });
});

describe("a server action called as React calls it", () => {
  it("sends the form's fields under the form data's prefix and the argument list last", () => {
    const { body, contentType } = formActionBody([
      ["taskId", "t1"],
      ["intent", "save"],
    ]);
    const boundary = contentType.split("boundary=")[1]!;
    const names = [...body.toString().matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["_1_taskId", "_1_intent", "0"]);
    expect(body.toString()).toContain('[{"status":"idle"},"$K1"]');
    expect(body.toString().trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  });

  it("reads the action's state from its RSC payload", () => {
    expect(actionState('0:{"a":"$@1","b":"x"}\n1:{"status":"success","notice":"Đã lưu","version":4}\n')).toEqual({
      status: "success",
      version: 4,
    });
    expect(actionState('1:{"status":"error","code":"conflict"}')).toEqual({ status: "error", code: "conflict" });
    expect(actionState("<html>")).toBeNull();
  });
});

describe("the dashboard cache's keys", () => {
  it("tell scopes apart by round, unit path and field", () => {
    const a = scopeKey({ roundId: "r1", unitPath: "/p/" });
    expect(scopeKey({ roundId: "r1", unitPath: "/p/", field: null })).toBe(a);
    expect(scopeKey({ roundId: "r1", unitPath: "/p/", field: "LAND" })).not.toBe(a);
    expect(scopeKey({ roundId: "r1", unitPath: "/p/d/" })).not.toBe(a);
    expect(scopeKey({ roundId: "r2", unitPath: "/p/" })).not.toBe(a);
  });

  it("change with either version and with the day in Vietnam, not with the hour", () => {
    const morning = new Date("2026-11-22T01:00:00Z"); // 08:00 in Vietnam
    const evening = new Date("2026-11-22T16:59:59Z"); // 23:59:59 in Vietnam
    const nextDay = new Date("2026-11-22T17:00:00Z"); // 00:00 on 23/11 in Vietnam
    expect(versionKey({ round: 5n, all: 2n }, morning)).toBe("5/2/2026-11-22");
    expect(versionKey({ round: 5n, all: 2n }, evening)).toBe(versionKey({ round: 5n, all: 2n }, morning));
    expect(versionKey({ round: 5n, all: 2n }, nextDay)).toBe("5/2/2026-11-23");
    expect(versionKey({ round: 6n, all: 2n }, morning)).not.toBe(versionKey({ round: 5n, all: 2n }, morning));
    expect(versionKey({ round: 5n, all: 3n }, morning)).not.toBe(versionKey({ round: 5n, all: 2n }, morning));
  });
});

describe("the versioned cache", () => {
  it("computes once for concurrent requests of one version and again for a new version", async () => {
    const cache = new VersionedCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([cache.get("s", "v1", compute), cache.get("s", "v1", compute)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cache.get("s", "v2", compute)).toBe(2);
    expect(await cache.get("s", "v2", compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it("forgets a failed computation and drops the scope used least recently when full", async () => {
    const cache = new VersionedCache<string>(2);
    await expect(cache.get("s", "v1", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("s", "v1", async () => "ok")).toBe("ok");
    await cache.get("t", "v1", async () => "t");
    await cache.get("s", "v1", async () => "again"); // s used again: t is now the oldest
    await cache.get("u", "v1", async () => "u");
    expect(cache.size).toBe(2);
    expect(await cache.get("s", "v1", async () => "recomputed")).toBe("ok");
    expect(await cache.get("t", "v1", async () => "recomputed")).toBe("recomputed");
  });
});
