import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { evidenceProblem, MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence";
import { ChangePasswordSchema, SignInSchema } from "@/lib/validation/account";
import { CadreSchema } from "@/lib/validation/admin";
import { ListQuerySchema } from "@/lib/validation/common";
import { DashboardFilterSchema } from "@/lib/validation/dashboard";
import { DecideProposedTaskSchema } from "@/lib/validation/decision";
import { SelfAssessmentSchema } from "@/lib/validation/evaluation";
import { maxLengthOf } from "@/lib/validation/limits";
import { PublicRoundQuerySchema } from "@/lib/validation/publication";
import {
  CarryOverQuerySchema,
  CompiledQuerySchema,
  LoginQuerySchema,
  PageQuerySchema,
  ReportPathSchema,
  RoundQuerySchema,
} from "@/lib/validation/query";
import { ProposedTaskSchema, ReviewFilterSchema } from "@/lib/validation/registration";
import { ChangeRequestSchema, QuarterFilterSchema, ReportSchema } from "@/lib/validation/report";

const maxLengthAttr = (html: string) => Number(/maxLength="(\d+)"/i.exec(html)?.[1]);

describe("a text field carries its schema's limit", () => {
  it("the limit is read from the schema at the field's name, through lists, options and transforms", () => {
    expect(maxLengthOf(ReportSchema, "results")).toBe(5000);
    expect(maxLengthOf(ReportSchema, "actuals.3.actualValue")).toBe(32);
    expect(maxLengthOf(ProposedTaskSchema, "targets.0.indicator")).toBe(300);
    expect(maxLengthOf(ProposedTaskSchema, "milestones.7.description")).toBe(500);
    expect(maxLengthOf(DecideProposedTaskSchema, "adjusted.plan")).toBe(8000);
    expect(maxLengthOf(DecideProposedTaskSchema, "assignment.decisionNumber")).toBe(50);
    expect(maxLengthOf(ChangePasswordSchema, "confirmPassword")).toBe(200);
    expect(maxLengthOf(SignInSchema, "username")).toBe(100);
    expect(maxLengthOf(SelfAssessmentSchema, "tasks.0.justification")).toBeGreaterThan(0);
    expect(maxLengthOf(ReportSchema, "year")).toBeUndefined();
    expect(maxLengthOf(ReportSchema, "nothing")).toBeUndefined();
  });

  it("the report's results field stops the browser exactly where the server refuses", () => {
    const html = renderToStaticMarkup(createElement(TextAreaField, { name: "results", label: "Kết quả", schema: ReportSchema }));
    const limit = maxLengthAttr(html);
    expect(limit).toBe(5000);
    const report = (results: string) => ({ taskId: "t", year: "2026", quarter: "1", intent: "save", results, actuals: [] });
    expect(ReportSchema.safeParse(report("a".repeat(limit))).success).toBe(true);
    const over = ReportSchema.safeParse(report("a".repeat(limit + 1)));
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["results", "tooLong"]]);
  });

  it("a cadre's name and a target's value in a form carry their schemas' limits too", () => {
    const name = renderToStaticMarkup(createElement(TextField, { name: "fullName", label: "Họ tên", schema: CadreSchema }));
    expect(maxLengthAttr(name)).toBe(maxLengthOf(CadreSchema, "fullName"));
    const value = renderToStaticMarkup(
      createElement(TextField, { name: "targets.0.targetValue", label: "Mục tiêu", schema: ChangeRequestSchema }),
    );
    expect(maxLengthAttr(value)).toBe(32);
  });
});

describe("query strings typed by anyone read junk as absent", () => {
  const junk = { field: "abc", status: "x", health: "NOPE", page: "1e308", year: "99999", quarter: "7", unitId: "u".repeat(65) };

  it("a list's filters ignore unknown enum values, overlong ids and impossible pages", () => {
    expect(QuarterFilterSchema.parse(junk)).toEqual({ page: 1 });
    expect(DashboardFilterSchema.parse({ ...junk, roundId: ["a", "b"] })).toEqual({ page: 1 });
    expect(ReviewFilterSchema.parse({ ...junk, late: "yes", round: ["a", "b"] })).toEqual({ page: 1 });
    expect(ListQuerySchema.parse({ q: ["a", "b"], page: "-3" })).toEqual({ page: 1 });
    expect(PageQuerySchema.parse({ page: ["2", "3"] })).toEqual({ page: 1 });
    expect(PublicRoundQuerySchema.parse({ view: "__proto__", page: "NaN" })).toEqual({ view: "tasks", page: 1 });
    expect(CompiledQuerySchema.parse({ group: "both", page: "-1" })).toEqual({ page: 1 });
    expect(RoundQuerySchema.parse({ round: "" })).toEqual({});
    expect(LoginQuerySchema.parse({ callbackUrl: ["/a", "/b"] })).toEqual({});
    expect(CarryOverQuerySchema.parse({ roundId: "r", year: "20x6", carried: "-1" })).toEqual({ roundId: "r" });
  });

  it("good values pass through as typed", () => {
    expect(QuarterFilterSchema.parse({ field: "LAND", status: "LATE", year: "2026", quarter: "3", page: "2" })).toEqual({
      field: "LAND",
      status: "LATE",
      year: 2026,
      quarter: 3,
      page: 2,
    });
    expect(CarryOverQuerySchema.parse({ roundId: "r", year: "2026", carried: "4" })).toEqual({
      roundId: "r",
      year: 2026,
      carried: 4,
    });
  });

  it("a report's quarter key outside 2000Q1–2100Q4 or badly written is no quarter", () => {
    expect(ReportPathSchema.parse({ id: "t", quarter: "2026Q3" })).toEqual({ id: "t", quarter: { year: 2026, quarter: 3 } });
    for (const key of ["2026Q5", "0000Q1", "9999Q1", "2026q1", "2026Q1x", "%00"])
      expect(ReportPathSchema.parse({ id: "t", quarter: key }).quarter).toBeUndefined();
  });
});

describe("evidence checked in the browser before sending", () => {
  it("refuses a file over 10 MB by name, and more than 10 files counting those already attached", () => {
    expect(evidenceProblem([{ name: "a.pdf", size: MAX_EVIDENCE_BYTES }])).toBeNull();
    expect(evidenceProblem([{ name: "big.pdf", size: MAX_EVIDENCE_BYTES + 1 }])).toEqual({
      code: "fileTooLarge",
      name: "big.pdf",
    });
    const two = [
      { name: "a.pdf", size: 1 },
      { name: "b.pdf", size: 1 },
    ];
    expect(evidenceProblem(two, 8)).toBeNull();
    expect(evidenceProblem(two, 9)).toEqual({ code: "tooManyFiles", max: 10 });
  });
});

describe("numbers typed into text fields are bounded as text first", () => {
  it("a score, a weight and a self-assessed progress carry a length limit, and a pasted megabyte is too long", () => {
    expect(maxLengthOf(SelfAssessmentSchema, "tasks.0.score")).toBe(16);
    expect(maxLengthOf(ReportSchema, "selfProgress")).toBe(16);
    const sheet = (score: string) => ({
      evaluationId: "e",
      version: "0",
      selfRating: "GOOD",
      tasks: [{ taskId: "t", level: "GOOD", score, justification: "Lý do" }],
    });
    expect(SelfAssessmentSchema.parse(sheet(" 80 ")).tasks[0]!.score).toBe(80);
    expect(SelfAssessmentSchema.safeParse(sheet("9".repeat(1_000_000))).error?.issues[0]?.message).toBe("tooLong");
  });
});
