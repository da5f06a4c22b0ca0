import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { request, type Page } from "@playwright/test";
import { expect, signIn, signOut, test } from "./fixtures";

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes };
}

/** The first sheet, its header row's number, and the values of the rows below the header. */
async function sheetRows(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let header = 0;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    if (header) rows.push(values);
    else if (values[0] === "STT") header = n;
  });
  return { sheet, header, rows };
}

async function documentText(bytes: Buffer) {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file("word/styles.xml")!.async("string");
  return { text: value, styles };
}

const number = (cell: string | null | undefined) => Number((cell ?? "").replace(/\D/g, ""));

// The commune's committee: no other browser test changes the commune's 2026 round, so its figures hold still.
test("the task list and a quarter's progress download as spreadsheets whose rows are the tasks counted", async ({ page }) => {
  await signIn(page, "bantochuc.xa");
  // All the round's tasks, as the dashboard counts them, and the first page of them.
  await page.goto("/dashboard");
  await page.getByTestId("dashboard-totals").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/dashboard\/tasks/);
  const total = number(await page.getByText(/^[\d.]+ việc$/).textContent());
  expect(total).toBeGreaterThan(0);
  const codes = (await page.getByTestId("drill-task").getByRole("link").allTextContents()).map((s) => s.split(" · ")[0]!.trim());
  expect(codes.length).toBeGreaterThan(0);

  await page.goto("/dashboard");

  const list = await download(page, "export-tasks");
  expect(list.name).toMatch(/^danh-sach-nhiem-vu-\d{4}\.xlsx$/);
  const { sheet, header, rows: tasks } = await sheetRows(list.bytes);
  expect(sheet.getCell(1, 1).value).toBe("DANH SÁCH NHIỆM VỤ ĐỘT PHÁ, ĐỔI MỚI ĐÃ GIAO");
  expect(sheet.getRow(header).values).toEqual(
    expect.arrayContaining(["Mã", "Nhiệm vụ", "Cán bộ", "Chỉ tiêu", "Đầu mối theo dõi"]),
  );
  expect(tasks).toHaveLength(total);
  // Dates are real dates, shown dd/mm/yyyy; every task has its targets written out.
  expect(sheet.getCell(header + 1, 11).value).toBeInstanceOf(Date);
  expect(sheet.getCell(header + 1, 11).numFmt).toBe("dd/mm/yyyy");
  expect(tasks.every((r) => typeof r[8] === "string" && r[8].startsWith("• "))).toBe(true);

  // The drill-down's tasks are rows of the spreadsheet.
  const listed = new Set(tasks.map((r) => r[1]));
  for (const code of codes) expect(listed.has(code)).toBe(true);

  // A quarter's progress: the tasks counted as due on the dashboard are the sheet's tasks, and the reports
  // counted as submitted are the ones it shows in.
  const quarter = page.getByTestId("report-rate").first();
  const [due, submitted] = (await quarter.locator("td").allTextContents()).slice(1).map(number); // due, submitted, late, rate
  const label = (await quarter.locator("td").first().textContent())!.trim(); // "Q1/2026"
  const [q, y] = label.slice(1).split("/");
  const progress = await download(page, `export-progress-${y}Q${q}`);
  expect(progress.name).toBe(`tien-do-${y}-Q${q}.xlsx`);
  const sheetOf = await sheetRows(progress.bytes);
  expect(sheetOf.sheet.getCell(1, 1).value).toBe(`TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ ĐỘT PHÁ, ĐỔI MỚI – QUÝ ${q}/${y}`);
  const body = sheetOf.rows;
  const reportedTasks = new Set(body.filter((r) => /^(Đã nộp|Đã cho ý kiến)/.test(String(r[12]))).map((r) => r[1]));
  expect(reportedTasks.size).toBe(submitted);
  expect(due).toBeGreaterThan(0);
  expect(new Set(body.map((r) => r[1])).size).toBe(due);
  // A reported target carries its value and how far it has come.
  const measured = body.find((r) => typeof r[9] === "number");
  expect(measured).toBeDefined();
  expect(typeof measured![10]).toBe("number");
});

test("the assignment annex downloads as an official Word document with every cadre's tasks", async ({ page }) => {
  await signIn(page, "bantochuc.xa");
  await page.goto("/dashboard");
  const { rows: tasks } = await sheetRows((await download(page, "export-tasks")).bytes);

  const annex = await download(page, "export-annex");
  expect(annex.name).toMatch(/^phu-luc-giao-nhiem-vu-\d{4}\.docx$/);
  const { text, styles } = await documentText(annex.bytes);
  expect(styles).toContain('w:ascii="Times New Roman"');
  for (const line of [
    "ĐẢNG ỦY XÃ TÂN HÒA",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ ĐỘT PHÁ, ĐỔI MỚI GIAO CHO CÁN BỘ",
    "T/M BAN THƯỜNG VỤ",
    "Nơi nhận:",
  ])
    expect(text).toContain(line);
  expect(text).toMatch(/Tân Hòa, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  // Each cadre once, with every one of their tasks, its supervisor and its targets.
  const cadres = new Set(tasks.map((r) => String(r[3])));
  expect(text.match(/^\d+\. Đồng chí /gm)).toHaveLength(cadres.size);
  for (const r of tasks) {
    expect(text).toContain(String(r[2]));
    expect(text).toContain(String(r[14]));
  }
});

test("the year-end rating summary lists every cadre and counts the ratings the dashboard shows", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/dashboard?roundId=round-tu-2025");
  const shown = new Map<string, number>();
  for (const row of await page.getByTestId("rating-row").all()) {
    const [label, count] = await row.locator("td").allTextContents();
    shown.set(label!.trim(), number(count));
  }
  expect(shown.size).toBeGreaterThan(1);
  const summary = await download(page, "export-ratings-2025");
  expect(summary.name).toBe("tong-hop-xep-loai-2025.docx");
  const { text } = await documentText(summary.bytes);
  expect(text).toContain("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ THỰC HIỆN NHIỆM VỤ ĐỘT PHÁ, ĐỔI MỚI NĂM 2025");
  expect(text).toContain("TỈNH ỦY SƠN LÂM");
  // The counts table: each rating, then its number of cadres (mammoth writes a cell a paragraph).
  const lines = text.split("\n").filter((l) => l.trim());
  for (const [label, count] of shown) {
    const at = lines.indexOf(label);
    expect(at, label).toBeGreaterThan(-1);
    expect(number(lines[at + 1])).toBe(count);
  }
  const total = [...shown.values()].reduce((a, b) => a + b, 0);
  expect(number(lines[lines.indexOf("Tổng cộng") + 1])).toBe(total);
});

test("exports are the committees' own: a cadre is refused, another body's round is not found", async ({ page, baseURL }) => {
  // Nobody signed in gets no file, whether redirected to sign in or refused.
  const anonymous = await request.newContext({ baseURL: baseURL ?? "http://localhost:3100" });
  const unsigned = await anonymous.get("/api/exports/tasks?roundId=round-tan-hoa-2026", { maxRedirects: 0 });
  expect(unsigned.status()).not.toBe(200);
  expect((await unsigned.body()).includes("[Content_Types].xml")).toBe(false);
  await anonymous.dispose();

  await signIn(page, "canbo.xa");
  expect((await page.request.get("/api/exports/tasks?roundId=round-tan-hoa-2026")).status()).toBe(403);
  expect((await page.request.get("/api/exports/ratings/cycle-tu-2025")).status()).toBe(403);
  await signOut(page);
  await signIn(page, "bantochuc.xa");
  expect((await page.request.get("/api/exports/tasks?roundId=round-tan-hoa-2026")).status()).toBe(200);
  expect((await page.request.get("/api/exports/annex?roundId=round-tu-2026")).status()).toBe(404);
  expect((await page.request.get("/api/exports/ratings/cycle-tu-2025")).status()).toBe(404);
  expect((await page.request.get("/api/exports/progress?roundId=round-tan-hoa-2026&quarter=2026Q9")).status()).toBe(404);
  // A junk field narrows to nothing rather than being dropped for the whole round.
  expect((await page.request.get("/api/exports/tasks?roundId=round-tan-hoa-2026&field=JUNK")).status()).toBe(404);
});
