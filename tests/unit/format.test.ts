import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

describe("formatting for Vietnamese officials", () => {
  it("dates read dd/MM/yyyy in both languages, in Vietnam's time zone", () => {
    // 23:30 UTC on 21 November is already 22 November in Hà Nội.
    const d = new Date("2026-11-21T23:30:00Z");
    expect(formatDate(d, "vi")).toBe("22/11/2026");
    expect(formatDate(d, "en")).toBe("22/11/2026");
    expect(formatDate("2026-03-05T00:00:00+07:00", "vi")).toBe("05/03/2026");
    expect(formatDateTime(d, "vi")).toBe("22/11/2026 06:30");
    expect(formatDate(null, "vi")).toBe("");
  });

  it("numbers use the Vietnamese separators in Vietnamese and the English ones in English", () => {
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber("2101", "vi")).toBe("2.101");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber("35.25", "vi")).toBe("35,25");
    expect(formatNumber(null, "vi")).toBe("");
  });

  it("a percentage is written one way per language: a space before the sign in Vietnamese, none in English", () => {
    expect(formatPercent(69.2, "vi")).toBe("69,2\u00a0%");
    expect(formatPercent(69.2, "en")).toBe("69.2%");
    expect(formatPercent("105", "vi")).toBe("105\u00a0%");
    expect(formatPercent(66.666, "en")).toBe("66.7%");
    expect(formatPercent(66.666, "vi", 0)).toBe("67\u00a0%");
    expect(formatPercent(null, "vi")).toBe("");
  });
});
