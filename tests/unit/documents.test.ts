import { describe, expect, it } from "vitest";
import { issuerName, officialDateParts, placeName, positionAndUnit } from "@/lib/domain/documents";

describe("the wording of official documents", () => {
  it("names the issuing body as its heading does", () => {
    expect(issuerName({ name: "Tỉnh ủy Sơn Lâm", kind: "PARTY_COMMITTEE" })).toBe("Tỉnh ủy Sơn Lâm");
    expect(issuerName({ name: "xã Tân Hòa", kind: "COMMUNE" })).toBe("Đảng ủy xã Tân Hòa");
  });

  it("takes the place of the date line from the locality's name", () => {
    expect(placeName({ name: "Tỉnh ủy Sơn Lâm", kind: "PARTY_COMMITTEE" })).toBe("Sơn Lâm");
    expect(placeName({ name: "phường Lâm Viên", kind: "COMMUNE" })).toBe("Lâm Viên");
    expect(placeName({ name: "Đảng ủy xã Tân Hòa", kind: "PARTY_COMMITTEE" })).toBe("Tân Hòa");
  });

  it("writes dates in Vietnam's time zone, with the leading zeros the decree asks for", () => {
    // 17:30 UTC on 4 January is already 5 January in Vietnam.
    expect(officialDateParts(new Date("2026-01-04T17:30:00Z"))).toEqual({ day: "05", month: "01", year: "2026" });
    expect(officialDateParts(new Date("2026-02-10T03:00:00Z"))).toEqual({ day: "10", month: "02", year: "2026" });
    expect(officialDateParts(new Date("2026-11-22T03:00:00Z"))).toEqual({ day: "22", month: "11", year: "2026" });
    expect(officialDateParts(new Date("2026-03-09T03:00:00Z"))).toEqual({ day: "09", month: "3", year: "2026" });
  });

  it("names a cadre's unit after their position unless the position already does", () => {
    expect(positionAndUnit("Giám đốc", "Sở Tài chính")).toBe("Giám đốc, Sở Tài chính");
    expect(positionAndUnit("Trưởng Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy")).toBe("Trưởng Ban Tổ chức Tỉnh ủy");
  });
});
