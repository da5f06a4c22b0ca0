import { describe, expect, it } from "vitest";
import { withQuery } from "@/lib/url";

describe("withQuery", () => {
  it("keeps the chosen parameters, encoded, and leaves out the empty ones", () => {
    expect(withQuery("/dashboard/tasks", { roundId: "r 1", unitId: undefined, field: "", health: "BEHIND" })).toBe(
      "/dashboard/tasks?roundId=r+1&health=BEHIND",
    );
    expect(withQuery("/dashboard", { roundId: undefined })).toBe("/dashboard");
  });
});
