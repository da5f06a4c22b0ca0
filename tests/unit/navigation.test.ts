import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/navigation";

describe("where sign-in leads", () => {
  it("back to the page on this site the visitor came from, query included", () => {
    expect(safeNextPath("/admin/users?q=canbo")).toBe("/admin/users?q=canbo");
    expect(safeNextPath("/my-work")).toBe("/my-work");
  });

  it("never to another site, the sign-in page or an API route", () => {
    for (const bad of [
      "https://evil.example/x",
      "//evil.example",
      "/\\evil.example",
      "/login?callbackUrl=/x",
      "/api/session/ended",
      "javascript:alert(1)",
      undefined,
      42,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe("/");
    }
  });
});
