import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { RatingExport, TaskExport } from "@/lib/dal/read-models/exports";
import { issuerName, officialDateParts, placeName, positionAndUnit, type DocumentBody } from "@/lib/domain/documents";
import { RATINGS } from "@/lib/domain/evaluation";
import type { DocumentLabels } from "./labels";

// Decree 30/2020/ND-CP: A4, Times New Roman 13–14 pt, margins top and bottom 20 mm, left 30 mm, right 15–20 mm.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
const FONT = "Times New Roman";
const BODY_SIZE = 28; // half-points: 14 pt
const TABLE_SIZE = 24; // 12 pt

type Run = { text: string; bold?: boolean; italics?: boolean; underline?: boolean; size?: number; break?: boolean };

function para(
  runs: Run | Run[],
  options: { align?: "left" | "center" | "right" | "both"; after?: number; before?: number; keepNext?: boolean } = {},
) {
  const align = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    both: AlignmentType.JUSTIFIED,
  }[options.align ?? "left"];
  return new Paragraph({
    alignment: align,
    spacing: { after: options.after ?? 0, before: options.before ?? 0 },
    keepNext: options.keepNext,
    children: [runs]
      .flat()
      .map((r) => new TextRun({ ...r, underline: r.underline ? {} : undefined, size: r.size, break: r.break ? 1 : undefined })),
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** Two borderless columns side by side, as the heading and the signature block are laid out. */
function sideBySide(widths: [number, number], left: Paragraph[], right: Paragraph[]) {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

/**
 * The heading of an administrative document: the issuing body on the left; the national name, the motto
 * and the place and date on the right.
 */
function documentHeading(body: DocumentBody, l: DocumentLabels, width: number) {
  const { day, month, year } = officialDateParts(new Date());
  const left = Math.round(width * 0.36);
  return sideBySide(
    [left, width - left],
    [
      para({ text: issuerName(body).toLocaleUpperCase("vi"), bold: true, size: 26 }, { align: "center" }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: Math.round(left * 0.35), right: Math.round(left * 0.35) },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
        children: [],
      }),
    ],
    [
      para({ text: l.t("exports.national"), bold: true, size: 24 }, { align: "center" }),
      para({ text: l.t("exports.motto"), bold: true, underline: true, size: 28 }, { align: "center", after: 240 }),
      para({ text: l.t("exports.dateLine", { place: placeName(body), day, month, year }), italics: true }, { align: "center" }),
    ],
  );
}

/** Where the document goes (left, 12 pt) and who signs it, on behalf of the standing committee (right). */
function signatureBlock(l: DocumentLabels, width: number, recipients: string[]) {
  const left = Math.round(width * 0.5);
  return sideBySide(
    [left, width - left],
    [
      para({ text: l.t("exports.recipients"), bold: true, italics: true, size: 24 }, { before: 240 }),
      ...recipients.map((r) => para({ text: r, size: 22 })),
    ],
    [
      para({ text: l.t("exports.onBehalf"), bold: true }, { align: "center", before: 240 }),
      para({ text: l.t("exports.signerTitle"), bold: true }, { align: "center", after: 1600 }),
    ],
  );
}

/** A bordered table with a header row repeated on every page; each cell is a list of lines. */
function grid(columns: { header: string; width: number; align?: "left" | "center" | "right" }[], rows: (string | Run[])[][]) {
  const cell = (content: string | Run[], width: number, align: "left" | "center" | "right", header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: (typeof content === "string" ? content.split("\n") : [content]).map((line) =>
        para(
          typeof line === "string"
            ? { text: line, bold: header, size: TABLE_SIZE }
            : line.map((r) => ({ size: TABLE_SIZE, ...r })),
          { align: header ? "center" : align },
        ),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((a, c) => a + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, c.width, "center", true)) }),
      ...rows.map(
        (values) =>
          new TableRow({
            cantSplit: true,
            children: values.map((v, i) => cell(v, columns[i]!.width, columns[i]!.align ?? "left")),
          }),
      ),
    ],
  });
}

/** The decisions behind a list, each once: "98-QĐ/TU ngày 15/03/2026; 112-QĐ/TU ngày 10/06/2026". */
function decisionRefs(items: { decisionNumber: string | null; decisionDate: Date | null }[], l: DocumentLabels) {
  const byNumber = new Map(items.flatMap((x) => (x.decisionNumber ? [[x.decisionNumber, x.decisionDate] as const] : [])));
  return [...byNumber].map(([number, date]) => l.t("exports.decisionRef", { number, date: l.date(date) })).join("; ");
}

function document(section: ISectionOptions, landscape: boolean) {
  return new Document({
    creator: "Việc đột phá",
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        ...section,
        properties: {
          page: {
            size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
      },
    ],
  });
}

/**
 * The annex of the assignment decision: under the heading, each cadre's tasks with their targets, period,
 * supervisor and cooperating units, then the signature block. Landscape, for the width of the table.
 */
export async function assignmentAnnex(data: TaskExport, l: DocumentLabels): Promise<Buffer> {
  const width = A4.height - MARGIN.left - MARGIN.right;
  const decisions = decisionRefs(data.tasks, l);
  const scope = [
    data.unitName ? l.t("exports.unitLine", { unit: data.unitName }) : null,
    data.field ? l.t("exports.fieldLine", { field: l.t(`fields.${data.field}`) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const byCadre = new Map<string, TaskExport["tasks"]>();
  for (const t of data.tasks) byCadre.set(t.cadreId, [...(byCadre.get(t.cadreId) ?? []), t]);
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  const columns = [
    { header: c("no"), width: 700, align: "center" as const },
    { header: c("task"), width: 4300 },
    { header: c("targets"), width: 4303 },
    { header: c("period"), width: 1700, align: "center" as const },
    { header: c("supervisor"), width: 1500 },
    { header: c("cooperating"), width: 1500 },
  ];
  const body = [...byCadre.values()].flatMap((tasks, i) => {
    const first = tasks[0]!;
    return [
      para(
        {
          text: l.t("exports.cadreHeading", {
            n: i + 1,
            name: first.cadreName,
            role: positionAndUnit(first.positionTitle, first.unitName),
          }),
          bold: true,
        },
        { before: 240, after: 120, keepNext: true },
      ),
      grid(
        columns,
        tasks.map((t, j) => [
          String(j + 1),
          [
            { text: t.title, bold: true },
            ...(t.expectedProduct ? [{ text: t.expectedProduct, italics: true, break: true }] : []),
          ],
          t.targets.map((x) => `- ${l.target(x)}`).join("\n"),
          l.t("exports.periodValue", { start: l.date(t.startDate), end: l.date(t.endDate) }),
          t.supervisorName,
          t.cooperatingUnits.join(", "),
        ]),
      ),
    ];
  });
  const doc = document(
    {
      children: [
        documentHeading(data.body, l, width),
        para({ text: l.t("exports.annexHeading"), bold: true }, { align: "center", before: 360 }),
        para({ text: l.t("exports.annexTitle"), bold: true }, { align: "center" }),
        para({ text: data.round.name, italics: true }, { align: "center" }),
        // A narrowed annex says so, lest it be taken for the whole round's.
        ...(scope ? [para({ text: scope, italics: true }, { align: "center" })] : []),
        ...(decisions
          ? [
              para(
                { text: l.t("exports.annexBasis", { decisions, body: issuerName(data.body) }), italics: true },
                { align: "center" },
              ),
            ]
          : []),
        para({ text: "" }, { after: 120 }),
        ...(body.length ? body : [para({ text: l.t("exports.annexEmpty"), italics: true })]),
        signatureBlock(l, width, [l.t("exports.recipientsAnnex"), l.t("exports.recipientsFile")]),
      ],
    },
    true,
  );
  return Packer.toBuffer(doc);
}

/**
 * The year-end rating summary: how many cadres at each level, then every cadre with their self-rating,
 * the council's score and proposal, and the standing committee's decision.
 */
export async function ratingSummary(data: RatingExport, l: DocumentLabels): Promise<Buffer> {
  const width = A4.width - MARGIN.left - MARGIN.right;
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  const rating = (r: string | null) => (r ? l.t(`ratings.${r}` as "ratings.GOOD") : "–");
  const total = data.evaluations.length;
  const share = (n: number) => (total ? l.percent((n / total) * 100) : "–");
  const undecided = data.evaluations.filter((e) => !e.finalRating).length;
  const ruleSets = data.ruleSets
    .map((r) => l.t("ruleSets.named", { name: l.t(`ruleSets.${r.id}`), version: r.version }))
    .join("; ");
  // Each condition of the proposed level and the one above it: "✓ Hoàn thành đúng hạn 5/5 — đạt".
  const conditionLines = (levels: RatingExport["evaluations"][number]["conditions"]): Run[] =>
    levels.flatMap((level) => [
      { text: `${rating(level.rating)}: ${l.t(level.met ? "ruleSets.met" : "ruleSets.notMet")}`, italics: true, break: true },
      ...level.conditions.map((x) => ({
        text: `${x.met ? "✓" : "✗"} ${l.t(
          x.key === "scoreAtLeast" && x.value === null ? "ruleSets.conditions.scoreMissing" : `ruleSets.conditions.${x.key}`,
          {
            value: x.value === null ? "" : l.number(x.value),
            of: l.number(x.of),
            percent: x.percent ?? 0,
          },
        )} — ${l.t(x.met ? "ruleSets.met" : "ruleSets.notMet")}`,
        size: 20,
        break: true,
      })),
    ]);
  // Only decided rows carry a decision: the heading cites them for those rows and counts the rest as undecided.
  const decisions = decisionRefs(
    data.evaluations.filter((e) => e.finalRating),
    l,
  );
  const basis = !decisions
    ? null
    : undecided
      ? l.t("exports.ratingBasisPartial", { decisions, decided: total - undecided, total, undecided })
      : l.t("exports.ratingBasis", { decisions });
  const counts = [
    ...RATINGS.map((r) => [rating(r), data.evaluations.filter((e) => e.finalRating === r).length] as const),
    ...(undecided ? [[l.t("exports.notDecided"), undecided] as const] : []),
  ];
  const doc = document(
    {
      children: [
        documentHeading(data.body, l, width),
        para({ text: l.t("exports.ratingTitle", { year: data.year }), bold: true }, { align: "center", before: 360 }),
        para({ text: data.round.name, italics: true }, { align: "center" }),
        para({ text: l.t("exports.ratingRuleSet", { ruleSets }), italics: true }, { align: "center" }),
        ...(basis ? [para({ text: basis, italics: true }, { align: "center" })] : []),
        para({ text: "" }, { after: 240 }),
        para({ text: l.t("exports.ratingCounts"), bold: true }, { after: 120 }),
        grid(
          [
            { header: c("rating"), width: 4071 },
            { header: c("cadres"), width: 2500, align: "center" },
            { header: c("share"), width: 2500, align: "center" },
          ],
          [
            ...counts.map(([label, n]) => [label, l.number(n), share(n)]),
            [[{ text: l.t("exports.total"), bold: true }], [{ text: l.number(total), bold: true }], share(total)],
          ],
        ),
        para({ text: l.t("exports.ratingList"), bold: true }, { before: 240, after: 120 }),
        grid(
          [
            { header: c("no"), width: 700, align: "center" },
            { header: c("cadre"), width: 3100 },
            { header: c("selfRating"), width: 1300, align: "center" },
            { header: c("score"), width: 900, align: "center" },
            { header: c("proposedRating"), width: 1300, align: "center" },
            { header: c("finalRating"), width: 1771, align: "center" },
          ],
          data.evaluations.map((e, i) => [
            String(i + 1),
            [
              { text: e.cadreName, bold: true },
              { text: positionAndUnit(e.positionTitle, e.unitName), break: true },
              ...conditionLines(e.conditions),
            ],
            rating(e.selfRating),
            e.aggregateScore === null ? "–" : l.number(e.aggregateScore),
            rating(e.proposedRating),
            e.finalRating
              ? [
                  { text: rating(e.finalRating), bold: true },
                  ...(e.decisionNumber ? [{ text: l.t("exports.rowDecision", { ref: decisionRefs([e], l) }), break: true }] : []),
                  ...(e.overrideReason ? [{ text: e.overrideReason, italics: true, break: true }] : []),
                ]
              : l.t("exports.notDecided"),
          ]),
        ),
        signatureBlock(l, width, [l.t("exports.recipientsSummary"), l.t("exports.recipientsFile")]),
      ],
    },
    false,
  );
  return Packer.toBuffer(doc);
}
