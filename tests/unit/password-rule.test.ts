import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldVietnamese, passwordProblems, PASSWORD_MAX_LENGTH } from "@/lib/domain/password-rule";
import { ChangePasswordSchema } from "@/lib/validation/account";
import { CreateUserSchema, ResetPasswordSchema } from "@/lib/validation/admin";
import { newPassword } from "@/lib/validation/password";

const owner = { username: "nguyen.van.an", fullName: "Nguyễn Văn An" };

describe("the password rule", () => {
  it.each([
    "password1",
    "Password1",
    "P@ssw0rd",
    "qwerty123",
    "12345678",
    "123456a@",
    "abc12345",
    "Abcd@1234",
    "iloveyou",
    "11111111",
    "matkhau123",
    "Matkhau@123",
    "MatKhau2026",
    "mậtkhẩu2026",
    "anhyeuem",
    "emyeuanh123",
    "hoa1985!!",
    "tuan1990",
    "Hanoi@2025",
    "vietnam123",
    "tinhuy2026",
    "dotpha2026",
    "Demo@2026",
  ])("refuses the common or guessable %s", (password) => {
    expect(passwordProblems(password)).toContain("passwordTooCommon");
  });

  it.each([
    "Tr0ub4dor&3x",
    "correct horse battery",
    "Sông Hương 2026 mùa lũ",
    "xK7#pQ9!mz",
    "Chieu-thu-bay-9h",
    "Bảy con cá vàng bơi",
    "Test@2026pass",
    "BanDau2026",
  ])("accepts the harder %s", (password) => {
    expect(passwordProblems(password, owner)).toEqual([]);
  });

  it("asks for at least 8 characters, counted as characters rather than UTF-16 units", () => {
    expect(passwordProblems("abc1")).toEqual(["passwordTooShort"]);
    expect(passwordProblems("Đ🙂x#9qZw")).not.toContain("passwordTooShort");
    expect(passwordProblems("🙂🙂🙂🙂")).toEqual(["passwordTooShort"]);
  });

  it("allows at most 128 characters", () => {
    const base = "Sông Hương mùa lũ năm hai nghìn không trăm hai mươi sáu ";
    const long = [...base.repeat(3)].slice(0, PASSWORD_MAX_LENGTH - 1).join("") + "x";
    expect([...long].length).toBe(PASSWORD_MAX_LENGTH);
    expect(passwordProblems(long)).not.toContain("passwordTooLong");
    expect(passwordProblems("x".repeat(PASSWORD_MAX_LENGTH + 1))).toEqual(["passwordTooLong"]);
  });

  it("refuses a space at either end instead of trimming it silently", () => {
    expect(passwordProblems(" Sông Hương 2026 mùa lũ")).toContain("passwordEdgeSpace");
    expect(passwordProblems("Sông Hương 2026 mùa lũ ")).toContain("passwordEdgeSpace");
    expect(passwordProblems("Sông Hương 2026 mùa lũ")).not.toContain("passwordEdgeSpace");
  });

  it("refuses the username or the full name in the password, with or without diacritics", () => {
    expect(passwordProblems("nguyen.van.an#2026x", owner)).toContain("passwordContainsName");
    expect(passwordProblems("NguyenVanAn!Qz81", owner)).toContain("passwordContainsName");
    expect(passwordProblems("Nguyễn@1990zz", owner)).toContain("passwordContainsName");
    expect(passwordProblems("van2026#Kq!", owner)).toContain("passwordContainsName");
    // A short name word inside another word is not the name.
    expect(passwordProblems("Bảy con cá vàng bơi", owner)).not.toContain("passwordContainsName");
  });

  it("folds Vietnamese letters to what people type", () => {
    expect(foldVietnamese("Đặng Thị Hoà")).toBe("dang thi hoa");
    expect(foldVietnamese("MẬT KHẨU")).toBe("mat khau");
  });

  it("never throws, whatever the input, and always answers with known problems", () => {
    const known = ["passwordTooShort", "passwordTooLong", "passwordEdgeSpace", "passwordContainsName", "passwordTooCommon"];
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "grapheme" }), fc.string({ maxLength: 30 }), (password, name) => {
        const problems = passwordProblems(password, { username: name, fullName: name });
        expect(problems.every((p) => known.includes(p))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the schemas that set a password", () => {
  const messages = (r: { error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message);

  it("refuse password1 and keep what was typed, untrimmed", () => {
    expect(messages(newPassword.safeParse("password1"))).toEqual(["passwordTooCommon"]);
    expect(newPassword.parse("Sông Hương 2026 mùa lũ")).toBe("Sông Hương 2026 mùa lũ");
    expect(messages(newPassword.safeParse(" Sông Hương 2026 mùa lũ "))).toEqual(["passwordEdgeSpace"]);
  });

  it("check the new password on the change-password form", () => {
    const result = ChangePasswordSchema.safeParse({
      currentPassword: "whatever",
      newPassword: "matkhau123",
      confirmPassword: "matkhau123",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["newPassword", "passwordTooCommon"]);
  });

  it("check the administrator's reset", () => {
    expect(messages(ResetPasswordSchema.safeParse({ id: "u1", version: 0, newPassword: "123456a@" }))).toEqual([
      "passwordTooCommon",
    ]);
  });

  it("refuse a new account's initial password that holds its own name", () => {
    const result = CreateUserSchema.safeParse({
      username: "tran.thi.binh",
      fullName: "Trần Thị Bình",
      email: "",
      cadreId: "",
      initialPassword: "TranThiBinh#48q",
      role: "ADMIN",
      roleUnitId: "unit-1",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      "initialPassword",
      "passwordContainsName",
    ]);
  });
});
