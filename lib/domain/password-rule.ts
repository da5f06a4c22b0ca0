import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's score (0–4) a new password must reach: 3 means about 10^8 or more guesses. */
export const PASSWORD_MIN_SCORE = 3;

/** Why a new password is refused; each is a key under "validation." in the catalogs. */
export type PasswordProblem =
  "passwordTooShort" | "passwordTooLong" | "passwordEdgeSpace" | "passwordContainsName" | "passwordTooCommon";

/** Who the password is for: their name in it makes it guessable for anyone who knows them. */
export type PasswordOwner = { username?: string | null; fullName?: string | null };

/**
 * Words Vietnamese users reach for, written without diacritics as they are typed into a password: the
 * common family and given names, "password" in Vietnamese, endearments, places and the app's own words.
 * zxcvbn treats them like its English dictionary, so "nguyen1990", "matkhau@123" or "anhyeuem" score low.
 */
const VIETNAMESE_WORDS = [
  // Family names.
  "nguyen",
  "tran",
  "le",
  "pham",
  "hoang",
  "huynh",
  "phan",
  "vu",
  "vo",
  "dang",
  "bui",
  "do",
  "ho",
  "ngo",
  "duong",
  "ly",
  "dinh",
  "trinh",
  "doan",
  "lam",
  "mai",
  "truong",
  "cao",
  "luong",
  "ta",
  "ha",
  // Given and middle names.
  "van",
  "thi",
  "huu",
  "duc",
  "minh",
  "anh",
  "hoa",
  "lan",
  "linh",
  "huong",
  "hung",
  "dung",
  "tuan",
  "nam",
  "long",
  "thanh",
  "hai",
  "trang",
  "thu",
  "ngoc",
  "phuong",
  "quang",
  "hieu",
  "trung",
  "thao",
  "hang",
  "yen",
  "nga",
  "huy",
  "khanh",
  "son",
  "tam",
  "tien",
  "vy",
  "my",
  "quynh",
  "giang",
  "hanh",
  "hien",
  "hoai",
  "binh",
  "cuong",
  "dat",
  "hao",
  "khoa",
  "kien",
  "loan",
  "nhung",
  "oanh",
  "phuc",
  "quan",
  "tai",
  "thang",
  "thuy",
  "tu",
  "uyen",
  "viet",
  "xuan",
  "bao",
  "chau",
  "diep",
  "dieu",
  "hau",
  "hong",
  "lien",
  "loc",
  "nhan",
  "nhi",
  "phong",
  "quoc",
  "sang",
  "tri",
  "tung",
  "vinh",
  "vuong",
  // "Password", endearments and greetings.
  "matkhau",
  "matkhaumoi",
  "mk",
  "anhyeuem",
  "emyeuanh",
  "yeuem",
  "yeuanh",
  "iuem",
  "iuanh",
  "xinchao",
  "chaoban",
  "conyeu",
  "vocon",
  "giadinh",
  "hanhphuc",
  "tinhyeu",
  "banbe",
  // Places and the work itself.
  "vietnam",
  "hanoi",
  "saigon",
  "hochiminh",
  "haiphong",
  "danang",
  "cantho",
  "hue",
  "tinhuy",
  "uyban",
  "ubnd",
  "canbo",
  "dangvien",
  "doimoi",
  "dotpha",
  "giaoviec",
  "quantri",
  "quantrivien",
  "admin",
  "congvu",
];

let factory: ZxcvbnFactory | undefined;
// Built on first use so that merely importing a schema costs nothing (the dictionaries are large).
function zxcvbn(): ZxcvbnFactory {
  return (factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, vietnamese: VIETNAMESE_WORDS },
    graphs: adjacencyGraphs,
  }));
}

/** Lower case without Vietnamese diacritics ("Đặng Thị Hoà" → "dang thi hoa"), as people type them. */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** The parts of a username and full name worth looking for: whole, joined, and each word of three letters or more. */
function nameParts(owner: PasswordOwner): string[] {
  const parts = new Set<string>();
  for (const raw of [owner.username, owner.fullName]) {
    if (!raw) continue;
    const words = foldVietnamese(raw)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length) parts.add(words.join(""));
    for (const w of words) if (w.length >= 3) parts.add(w);
  }
  return [...parts];
}

/**
 * The password rule for every password a person sets (own change, administrator's reset, a new account):
 * 8 to 128 characters, kept exactly as typed (no trimming, so a space at either end is refused rather than
 * silently dropped), not containing the owner's username or name, and not common or guessable (zxcvbn with
 * its common-password list plus Vietnamese names, years and words). Signing in never re-checks it.
 */
export function passwordProblems(password: string, owner: PasswordOwner = {}): PasswordProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ["passwordTooShort"];
  if (length > PASSWORD_MAX_LENGTH) return ["passwordTooLong"];
  const problems: PasswordProblem[] = [];
  if (/^\s|\s$/u.test(password)) problems.push("passwordEdgeSpace");
  const folded = foldVietnamese(password);
  const parts = nameParts(owner);
  const runs = folded.split(/[^a-z]+/);
  // A short name word counts only on its own ("van" in "van2026", not in "vang"); a longer one anywhere.
  const contains = (part: string) => (part.length >= 5 ? folded.includes(part) : runs.includes(part));
  if (parts.some(contains)) problems.push("passwordContainsName");
  // zxcvbn is given the folded form too, so "Mậtkhẩu2024" is judged like "matkhau2024".
  const score = Math.min(zxcvbn().check(password, parts).score, zxcvbn().check(folded, parts).score);
  if (score < PASSWORD_MIN_SCORE) problems.push("passwordTooCommon");
  return problems;
}
