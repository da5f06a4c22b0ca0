// No imports: the browser tests (which cannot load the JSON catalogs) use these rows too.

type Cells = Record<string, string>;
export type ImportRows = { units?: Cells[]; cadres?: Cells[]; accounts?: Cells[] };

/**
 * A province's spreadsheets: `units` communes under `parentCode` (each an assigning body, with an office),
 * `cadres` cadres spread over them and an account for each, all codes starting with `prefix`.
 */
export function provinceRows(
  prefix: string,
  parentCode: string,
  sizes: { units: number; cadres: number; accounts: number },
): ImportRows {
  const units: Cells[] = [];
  for (let i = 0; i < sizes.units; i++) {
    units.push({
      code: `${prefix}-X${i}`,
      name: `Đảng ủy xã Thử ${prefix} ${i}`,
      kind: "Cấp ủy",
      parentCode,
      isAssigningBody: "Có",
    });
  }
  const communes = units.length ? units.map((u) => u.code!) : [parentCode];
  const cadres: Cells[] = [];
  for (let i = 0; i < sizes.cadres; i++) {
    const unit = communes[i % communes.length]!;
    cadres.push({
      code: `${prefix}-CB${i}`,
      fullName: `Nguyễn Văn Thử ${i}`,
      positionTitle: i % 2 ? "Chủ tịch UBND xã" : "Bí thư Đảng ủy xã",
      unitCode: unit,
      managedByCode: parentCode,
      group: "Bí thư, Chủ tịch cấp xã",
      headsUnit: i % 2 ? "Không" : "Có",
    });
  }
  const accounts: Cells[] = [];
  for (let i = 0; i < sizes.accounts; i++) {
    const cadre = cadres[i % Math.max(cadres.length, 1)];
    accounts.push({
      username: `${prefix.toLowerCase()}.u${i}`,
      fullName: cadre?.fullName ?? `Người dùng ${i}`,
      email: `${prefix.toLowerCase()}.u${i}@tinh.gov.vn`,
      cadreCode: i < cadres.length ? cadre!.code! : "",
      roles: i < cadres.length ? "Cán bộ được giao việc" : "Đầu mối theo dõi",
      scopeUnitCode: i < cadres.length ? cadre!.unitCode! : parentCode,
    });
  }
  return { units, cadres, accounts };
}
