import { describe, expect, it } from "vitest";
import { workerCount } from "@/scripts/start.mjs";

describe("npm start's workers (scripts/start.mjs)", () => {
  const pg = { DATABASE_URL: "postgresql://app:app@localhost:5432/dotpha" };

  it("runs one per core on PostgreSQL and one on the embedded database", () => {
    expect(workerCount(pg, 4)).toBe(4);
    expect(workerCount(pg, 2)).toBe(2);
    expect(workerCount({}, 4)).toBe(1);
    expect(workerCount({ DATABASE_URL: "  " }, 4)).toBe(1);
  });

  it("takes WEB_CONCURRENCY when set", () => {
    expect(workerCount({ ...pg, WEB_CONCURRENCY: "3" }, 2)).toBe(3);
    expect(workerCount({ WEB_CONCURRENCY: "1" }, 8)).toBe(1);
  });

  it("refuses a WEB_CONCURRENCY that is not a whole number from 1 to 64, or above 1 on the embedded database", () => {
    for (const bad of ["0", "-1", "1.5", "abc", "65"]) {
      expect(() => workerCount({ ...pg, WEB_CONCURRENCY: bad }, 2)).toThrow(/WEB_CONCURRENCY/);
    }
    expect(() => workerCount({ WEB_CONCURRENCY: "2" }, 2)).toThrow(/embedded database/);
  });
});
