/**
 * The wording rules of Vietnamese administrative documents (Decree 30/2020/ND-CP) that the exported
 * documents follow: who issues them, the place and the date line.
 */
import { vietnamDay } from "./quarters";

export type DocumentBody = { name: string; kind: string };

/** The issuing body as its heading names it: a party committee by its name, any other unit as its party committee. */
export function issuerName(body: DocumentBody): string {
  return body.kind === "PARTY_COMMITTEE" ? body.name : `Đảng ủy ${body.name}`;
}

/** The place in the date line: the locality's own name, without "Tỉnh ủy", "Đảng ủy", "tỉnh", "xã", "phường". */
export function placeName(body: DocumentBody): string {
  return body.name.replace(/^((tỉnh ủy|đảng ủy|thành ủy|tỉnh|thành phố|xã|phường|thị trấn)\s+)+/iu, "").trim() || body.name;
}

/** Day, month and year in Vietnam; days below 10 and the months January and February take a leading zero. */
export function officialDateParts(date: Date): { day: string; month: string; year: string } {
  const { year, month, day } = vietnamDay(date);
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month < 3 ? `0${month}` : String(month),
    year: String(year),
  };
}

/** "Giám đốc, Sở Tài chính"; a position that already names its unit ("Trưởng Ban Tổ chức Tỉnh ủy") stands alone. */
export function positionAndUnit(position: string, unit: string): string {
  return position.toLocaleLowerCase("vi").includes(unit.toLocaleLowerCase("vi")) ? position : `${position}, ${unit}`;
}
