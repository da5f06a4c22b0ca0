import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HostileInputError, nest, readFlatForm, sanitize } from "@/lib/actions/parse";

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};
const parseForm = (entries: [string, string | Blob][]) => nest(readFlatForm(form(entries)));
const FORBIDDEN = ["__proto__", "constructor", "prototype"];
const nfd = "Nguyễn Văn Đức".normalize("NFD");
const nfc = "Nguyễn Văn Đức".normalize("NFC");

describe("reading a form", () => {
  it("refuses a prototype key at any depth and position of a dotted name", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "targets", "0", "1", "x"), { maxLength: 4 }),
        fc.array(fc.constantFrom("a", "0", "y"), { maxLength: 4 }),
        fc.constantFrom(...FORBIDDEN),
        (before, after, bad) => {
          const name = [...before, bad, ...after].join(".");
          expect(() =>
            parseForm([
              ["title", "ok"],
              [name, "polluted"],
            ]),
          ).toThrow(HostileInputError);
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });

  it("never writes into Object.prototype through __proto__.intent", () => {
    expect(() => parseForm([["__proto__.intent", "submit"]])).toThrow(HostileInputError);
    expect(() => parseForm([["constructor.prototype.intent", "submit"]])).toThrow(HostileInputError);
    expect(({} as Record<string, unknown>).intent).toBeUndefined();
  });

  it("builds objects without a prototype", () => {
    const parsed = parseForm([
      ["targets.0.targetValue", "5"],
      ["title", "t"],
    ]);
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf((parsed.targets as unknown[])[0])).toBeNull();
  });

  it("reads dotted names as nested lists and objects", () => {
    const parsed = parseForm([
      ["taskId", "t1"],
      ["actuals.0.targetId", "a"],
      ["actuals.0.actualValue", "1,5"],
      ["actuals.1.targetId", "b"],
      ["proposal.ck1", "APPROVE"],
    ]);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({
      taskId: "t1",
      actuals: [{ targetId: "a", actualValue: "1,5" }, { targetId: "b" }],
      proposal: { ck1: "APPROVE" },
    });
  });

  it("turns a repeated key into a list", () => {
    expect(
      JSON.parse(
        JSON.stringify(
          parseForm([
            ["cadreGroups", "A"],
            ["cadreGroups", "B"],
            ["cadreGroups", "C"],
          ]),
        ),
      ),
    ).toEqual({
      cadreGroups: ["A", "B", "C"],
    });
  });

  it("normalises every string to NFC but keeps passwords as typed", () => {
    const flat = readFlatForm(
      form([
        ["fullName", nfd],
        ["newPassword", nfd],
      ]),
    );
    expect(flat.fullName).toBe(nfc);
    expect(flat.newPassword).toBe(nfd);
  });

  it("leaves out Next's own fields and files", () => {
    const flat = readFlatForm(
      form([
        ["$ACTION_ID_abc", ""],
        ["evidence", new Blob(["x"])],
        ["note", "n"],
      ]),
    );
    expect(Object.keys(flat)).toEqual(["note"]);
  });

  it("refuses an index that would allocate a huge list, and a name that is both a value and a list", () => {
    expect(() => parseForm([["targets.1000000000.targetValue", "1"]])).toThrow(HostileInputError);
    expect(() =>
      parseForm([
        ["targets", "x"],
        ["targets.0.targetValue", "1"],
      ]),
    ).toThrow(HostileInputError);
    expect(() =>
      parseForm([
        ["targets.0.targetValue", "1"],
        ["targets", "x"],
      ]),
    ).toThrow(HostileInputError);
    expect(() =>
      parseForm([
        ["a.b", "1"],
        ["a.0", "2"],
      ]),
    ).toThrow(HostileInputError);
  });

  it("refuses a NUL character, which PostgreSQL text cannot hold, in a value or a name", () => {
    expect(() => readFlatForm(form([["body", "a\u0000b"]]))).toThrow(HostileInputError);
    expect(() => readFlatForm(form([["bo\u0000dy", "a"]]))).toThrow(HostileInputError);
    expect(() => readFlatForm(form([["newPassword", "a\u0000b"]]))).toThrow(HostileInputError);
    expect(() => sanitize({ task: { title: ["a\u0000"] } })).toThrow(HostileInputError);
  });

  it("refuses names deeper than any form", () => {
    expect(() => parseForm([[Array.from({ length: 40 }, () => "a").join("."), "1"]])).toThrow(HostileInputError);
  });
});

describe("reading a payload", () => {
  it("refuses a prototype key at any depth of a JSON payload", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...FORBIDDEN), fc.nat({ max: 5 }), leaf, (bad, depth, value) => {
        let payload: unknown = JSON.parse(`{"${bad}": {"polluted": ${JSON.stringify(value)}}}`);
        for (let i = 0; i < depth; i++) payload = i % 2 ? [payload] : { task: payload };
        expect(() => sanitize(payload)).toThrow(HostileInputError);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
    );
  });

  it("normalises strings to NFC at every depth and copies into null-prototype objects", () => {
    const clean = sanitize({ task: { title: nfd, targets: [{ indicator: nfd }] }, currentPassword: nfd }) as {
      task: { title: string; targets: { indicator: string }[] };
      currentPassword: string;
    };
    expect(clean.task.title).toBe(nfc);
    expect(clean.task.targets[0]!.indicator).toBe(nfc);
    expect(clean.currentPassword).toBe(nfd);
    expect(Object.getPrototypeOf(clean.task)).toBeNull();
  });

  it("passes numbers and other values through for the schema to judge", () => {
    expect(sanitize({ a: Number.NaN, b: Infinity, c: 1e308 })).toEqual(
      Object.assign(Object.create(null), { a: NaN, b: Infinity, c: 1e308 }),
    );
  });
});
