// Static Vietnamese data of the demo province "Sơn Lâm": the unit tree, the cadres, the staff accounts and
// a library of realistic breakthrough tasks with measurable targets. prisma/seed.ts turns it into rows.
// Placeholders in task texts: {xa} the commune ("xã Tân Hòa"), {thon} the village ("thôn Đồng Chằm"),
// {Y} the year of the round.
import type { BreakthroughKind, CadreGroup, Role, TaskField, UnitKind } from "@/lib/generated/prisma/enums";

export const PROVINCE_NAME = "Sơn Lâm";

// ───────────────────────────── Units ─────────────────────────────

export type UnitSeed = {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  assigning?: boolean;
};

export const ROOT_ID = "unit-tinh-uy";
export const COMMUNE_A = "unit-xa-tan-hoa"; // first commune assigning body
export const COMMUNE_B = "unit-phuong-lam-vien"; // second commune assigning body

const u = (id: string, code: string, name: string, kind: UnitKind, parent: string | null, assigning = false): UnitSeed => ({
  id,
  code,
  name,
  kind,
  parent,
  assigning,
});

/** A commune or ward of the province (post-2025: province → commune/ward, no districts). */
export type CommuneSeed = {
  id: string;
  slug: string;
  /** "xã Tân Hòa" / "phường Lâm Viên" */
  name: string;
  isWard: boolean;
  assigning: boolean;
  code: string;
  /** Villages (thôn) or residential groups (tổ dân phố) that have their own unit. */
  villages: string[];
};

export const COMMUNES: CommuneSeed[] = [
  {
    id: COMMUNE_A,
    slug: "TANHOA",
    name: "xã Tân Hòa",
    isWard: false,
    assigning: true,
    code: "TH",
    villages: ["Đồng Chằm", "Khe Mạ", "Tân Lập", "Bản Cải"],
  },
  {
    id: COMMUNE_B,
    slug: "LAMVIEN",
    name: "phường Lâm Viên",
    isWard: true,
    assigning: true,
    code: "LV",
    villages: ["số 2", "số 5", "số 8", "số 11"],
  },
  {
    id: "unit-phuong-son-thuy",
    slug: "SONTHUY",
    name: "phường Sơn Thủy",
    isWard: true,
    assigning: false,
    code: "ST",
    villages: [],
  },
  {
    id: "unit-phuong-hoa-phong",
    slug: "HOAPHONG",
    name: "phường Hòa Phong",
    isWard: true,
    assigning: false,
    code: "HP",
    villages: [],
  },
  { id: "unit-xa-dong-tam", slug: "DONGTAM", name: "xã Đồng Tâm", isWard: false, assigning: false, code: "DT", villages: [] },
  {
    id: "unit-xa-thuong-lam",
    slug: "THUONGLAM",
    name: "xã Thượng Lâm",
    isWard: false,
    assigning: false,
    code: "TL",
    villages: [],
  },
  { id: "unit-xa-yen-thinh", slug: "YENTHINH", name: "xã Yên Thịnh", isWard: false, assigning: false, code: "YT", villages: [] },
  { id: "unit-xa-ban-lim", slug: "BANLIM", name: "xã Bản Lìm", isWard: false, assigning: false, code: "BL", villages: [] },
];

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function communeUnits(c: CommuneSeed): UnitSeed[] {
  const p = c.id;
  const units: UnitSeed[] = [
    u(p, `DU-${c.slug}`, `Đảng ủy ${c.name}`, "PARTY_COMMITTEE", ROOT_ID, c.assigning),
    u(`${p}-ubnd`, `UBND-${c.slug}`, `Ủy ban nhân dân ${c.name}`, "GOVERNMENT", p),
  ];
  if (!c.assigning) return units;
  const short = c.name.replace(/^(xã|phường) /, "");
  units.push(
    u(`${p}-hdnd`, `HDND-${c.slug}`, `Hội đồng nhân dân ${c.name}`, "GOVERNMENT", p),
    u(`${p}-vp`, `VPDU-${c.slug}`, `Văn phòng Đảng ủy ${c.name}`, "PARTY_BOARD", p),
    u(`${p}-xdd`, `BXDD-${c.slug}`, `Ban Xây dựng Đảng Đảng ủy ${c.name}`, "PARTY_BOARD", p),
    u(`${p}-ubkt`, `UBKT-${c.slug}`, `Ủy ban Kiểm tra Đảng ủy ${c.name}`, "PARTY_BOARD", p),
    u(`${p}-mttq`, `MTTQ-${c.slug}`, `Ủy ban Mặt trận Tổ quốc Việt Nam ${c.name}`, "MASS_ORGANISATION", p),
    u(
      `${p}-pkt`,
      `PKT-${c.slug}`,
      c.isWard ? `Phòng Kinh tế, Hạ tầng và Đô thị ${c.name}` : `Phòng Kinh tế ${c.name}`,
      "DEPARTMENT",
      `${p}-ubnd`,
    ),
    u(`${p}-pvhxh`, `PVHXH-${c.slug}`, `Phòng Văn hóa - Xã hội ${c.name}`, "DEPARTMENT", `${p}-ubnd`),
    u(`${p}-hcc`, `HCC-${c.slug}`, `Trung tâm Phục vụ hành chính công ${c.name}`, "PUBLIC_SERVICE", `${p}-ubnd`),
    u(`${p}-tyt`, `TYT-${c.slug}`, `Trạm Y tế ${c.name}`, "PUBLIC_SERVICE", `${p}-ubnd`),
    u(
      `${p}-truong`,
      `TRUONG-${c.slug}`,
      c.isWard ? `Trường Tiểu học ${short}` : `Trường Trung học cơ sở ${short}`,
      "PUBLIC_SERVICE",
      `${p}-ubnd`,
    ),
  );
  c.villages.forEach((v, i) => {
    units.push(
      u(
        `${p}-thon-${i + 1}`,
        `THON-${c.slug}-${i + 1}`,
        c.isWard ? `Tổ dân phố ${v}, ${c.name}` : `Thôn ${v}, ${c.name}`,
        "OTHER",
        p,
      ),
    );
  });
  return units;
}

export const UNITS: UnitSeed[] = [
  u(ROOT_ID, "TU", `Tỉnh ủy ${PROVINCE_NAME}`, "PARTY_COMMITTEE", null, true),
  u("unit-ban-to-chuc", "BTC-TU", "Ban Tổ chức Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-ban-tuyen-giao-dan-van", "BTGDV-TU", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-ubkt-tinh-uy", "UBKT-TU", "Ủy ban Kiểm tra Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-van-phong-tinh-uy", "VP-TU", "Văn phòng Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-ban-noi-chinh", "BNC-TU", "Ban Nội chính Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-ban-chinh-sach", "BCSCL-TU", "Ban Chính sách, chiến lược Tỉnh ủy", "PARTY_BOARD", ROOT_ID),
  u("unit-truong-chinh-tri", "TCT", `Trường Chính trị tỉnh ${PROVINCE_NAME}`, "PUBLIC_SERVICE", ROOT_ID),
  u("unit-bao-ptth", "BPTTH", `Báo và Phát thanh, Truyền hình ${PROVINCE_NAME}`, "PUBLIC_SERVICE", ROOT_ID),
  u("unit-hdnd-tinh", "HDND-T", `Hội đồng nhân dân tỉnh ${PROVINCE_NAME}`, "GOVERNMENT", ROOT_ID),
  u("unit-ubnd-tinh", "UBND-T", `Ủy ban nhân dân tỉnh ${PROVINCE_NAME}`, "GOVERNMENT", ROOT_ID),
  u("unit-vp-ubnd", "VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-ttpvhcc-tinh", "TTPVHCC-T", "Trung tâm Phục vụ hành chính công tỉnh", "PUBLIC_SERVICE", "unit-vp-ubnd"),
  u("unit-so-nnmt", "SNNMT", "Sở Nông nghiệp và Môi trường", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-tai-chinh", "STC", "Sở Tài chính", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-xay-dung", "SXD", "Sở Xây dựng", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-y-te", "SYT", "Sở Y tế", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-bvdk-tinh", "BVDK-T", `Bệnh viện Đa khoa tỉnh ${PROVINCE_NAME}`, "PUBLIC_SERVICE", "unit-so-y-te"),
  u("unit-so-gddt", "SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-vhttdl", "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-khcn", "SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-cong-thuong", "SCT", "Sở Công Thương", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-noi-vu", "SNV", "Sở Nội vụ", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-tu-phap", "STP", "Sở Tư pháp", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-so-dttg", "SDTTG", "Sở Dân tộc và Tôn giáo", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-thanh-tra-tinh", "TTR-T", "Thanh tra tỉnh", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-bql-kcn", "BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", "DEPARTMENT", "unit-ubnd-tinh"),
  u("unit-cong-an-tinh", "CAT", `Công an tỉnh ${PROVINCE_NAME}`, "OTHER", ROOT_ID),
  u("unit-mttq-tinh", "MTTQ-T", `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${PROVINCE_NAME}`, "MASS_ORGANISATION", ROOT_ID),
  u("unit-tinh-doan", "TD", `Tỉnh đoàn ${PROVINCE_NAME}`, "MASS_ORGANISATION", "unit-mttq-tinh"),
  u("unit-hoi-lhpn", "HLHPN-T", "Hội Liên hiệp Phụ nữ tỉnh", "MASS_ORGANISATION", "unit-mttq-tinh"),
  u("unit-hoi-nong-dan", "HND-T", "Hội Nông dân tỉnh", "MASS_ORGANISATION", "unit-mttq-tinh"),
  u("unit-ldld", "LDLD-T", "Liên đoàn Lao động tỉnh", "MASS_ORGANISATION", "unit-mttq-tinh"),
  ...COMMUNES.flatMap(communeUnits),
];

// ───────────────────────────── Cadres ─────────────────────────────

export type CadreSeed = {
  unit: string;
  title: string;
  group: CadreGroup;
  /** Key of the task pool the cadre's tasks come from. */
  pool: string;
  /** Number of registered tasks assigned in the current year. */
  n: number;
  female?: boolean;
  /** A fixed name (headline accounts); otherwise generated. */
  name?: string;
  /** A fixed username (headline accounts). */
  username?: string;
  /** For a commune-managed cadre: the commune (managing body); for commune leaders: the commune. */
  commune?: string;
  village?: number;
};

const c = (
  unit: string,
  title: string,
  group: CadreGroup,
  pool: string,
  n: number,
  extra: Partial<CadreSeed> = {},
): CadreSeed => ({
  unit,
  title,
  group,
  pool,
  n,
  ...extra,
});

/** Cadres managed by the provincial standing committee. The first one is `canbo`. */
export const PROVINCE_CADRES: CadreSeed[] = [
  c("unit-so-nnmt", "Giám đốc Sở Nông nghiệp và Môi trường", "DEPARTMENT_HEAD", "nnmt", 2, {
    name: "Hoàng Đức Minh",
    username: "canbo",
  }),
  c("unit-so-nnmt", "Phó Giám đốc Sở Nông nghiệp và Môi trường", "DEPUTY_HEAD", "nnmt", 2),
  c("unit-so-nnmt", "Phó Giám đốc Sở Nông nghiệp và Môi trường", "DEPUTY_HEAD", "nnmt", 1, { female: true }),
  c("unit-ban-to-chuc", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", "STANDING_MEMBER", "btc", 2),
  c("unit-ban-to-chuc", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "DEPUTY_HEAD", "btc", 2, { female: true }),
  c("unit-ban-to-chuc", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "DEPUTY_HEAD", "btc", 1),
  c(
    "unit-ban-tuyen-giao-dan-van",
    "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "STANDING_MEMBER",
    "btgdv",
    2,
    { female: true },
  ),
  c("unit-ban-tuyen-giao-dan-van", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "DEPUTY_HEAD", "btgdv", 2),
  c("unit-ban-tuyen-giao-dan-van", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "DEPUTY_HEAD", "btgdv", 1),
  c("unit-ubkt-tinh-uy", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "STANDING_MEMBER", "ubkt", 2),
  c("unit-ubkt-tinh-uy", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "DEPUTY_HEAD", "ubkt", 2, { female: true }),
  c("unit-ubkt-tinh-uy", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "DEPUTY_HEAD", "ubkt", 1),
  c("unit-van-phong-tinh-uy", "Chánh Văn phòng Tỉnh ủy", "PARTY_MASS_HEAD", "vptu", 2),
  c("unit-van-phong-tinh-uy", "Phó Chánh Văn phòng Tỉnh ủy", "DEPUTY_HEAD", "vptu", 1, { female: true }),
  c("unit-ban-noi-chinh", "Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy", "STANDING_MEMBER", "bnc", 2),
  c("unit-ban-noi-chinh", "Phó Trưởng Ban Nội chính Tỉnh ủy", "DEPUTY_HEAD", "bnc", 2),
  c("unit-ban-chinh-sach", "Trưởng Ban Chính sách, chiến lược Tỉnh ủy", "PARTY_MASS_HEAD", "bcscl", 2),
  c("unit-ban-chinh-sach", "Phó Trưởng Ban Chính sách, chiến lược Tỉnh ủy", "DEPUTY_HEAD", "bcscl", 1, { female: true }),
  c("unit-truong-chinh-tri", `Hiệu trưởng Trường Chính trị tỉnh ${PROVINCE_NAME}`, "PARTY_MASS_HEAD", "tct", 2),
  c("unit-bao-ptth", `Tổng Biên tập Báo và Phát thanh, Truyền hình ${PROVINCE_NAME}`, "PARTY_MASS_HEAD", "bptth", 2, {
    female: true,
  }),
  c("unit-hdnd-tinh", "Ủy viên Ban Thường vụ, Phó Chủ tịch Thường trực HĐND tỉnh", "STANDING_MEMBER", "hdnd", 2),
  c("unit-ubnd-tinh", "Ủy viên Ban Thường vụ, Phó Chủ tịch Thường trực UBND tỉnh", "STANDING_MEMBER", "ubnd", 2),
  c("unit-ubnd-tinh", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "STANDING_MEMBER", "ubnd", 2, { female: true }),
  c("unit-vp-ubnd", "Chánh Văn phòng UBND tỉnh", "DEPARTMENT_HEAD", "vpubnd", 2),
  c("unit-ttpvhcc-tinh", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "OTHER", "ttpvhcc", 2, { female: true }),
  c("unit-so-tai-chinh", "Giám đốc Sở Tài chính", "DEPARTMENT_HEAD", "taichinh", 2),
  c("unit-so-tai-chinh", "Phó Giám đốc Sở Tài chính", "DEPUTY_HEAD", "taichinh", 2, { female: true }),
  c("unit-so-xay-dung", "Giám đốc Sở Xây dựng", "DEPARTMENT_HEAD", "xaydung", 2),
  c("unit-so-xay-dung", "Phó Giám đốc Sở Xây dựng", "DEPUTY_HEAD", "xaydung", 2),
  c("unit-so-y-te", "Giám đốc Sở Y tế", "DEPARTMENT_HEAD", "yte", 2, { female: true }),
  c("unit-so-y-te", "Phó Giám đốc Sở Y tế", "DEPUTY_HEAD", "yte", 2),
  c("unit-bvdk-tinh", `Giám đốc Bệnh viện Đa khoa tỉnh ${PROVINCE_NAME}`, "OTHER", "bvdk", 2),
  c("unit-bvdk-tinh", `Phó Giám đốc Bệnh viện Đa khoa tỉnh ${PROVINCE_NAME}`, "DEPUTY_HEAD", "bvdk", 1, { female: true }),
  c("unit-so-gddt", "Giám đốc Sở Giáo dục và Đào tạo", "DEPARTMENT_HEAD", "gddt", 2),
  c("unit-so-gddt", "Phó Giám đốc Sở Giáo dục và Đào tạo", "DEPUTY_HEAD", "gddt", 2, { female: true }),
  c("unit-so-vhttdl", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT_HEAD", "vhttdl", 2),
  c("unit-so-vhttdl", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "DEPUTY_HEAD", "vhttdl", 1, { female: true }),
  c("unit-so-khcn", "Giám đốc Sở Khoa học và Công nghệ", "DEPARTMENT_HEAD", "khcn", 2),
  c("unit-so-khcn", "Phó Giám đốc Sở Khoa học và Công nghệ", "DEPUTY_HEAD", "khcn", 2),
  c("unit-so-cong-thuong", "Giám đốc Sở Công Thương", "DEPARTMENT_HEAD", "congthuong", 2),
  c("unit-so-cong-thuong", "Phó Giám đốc Sở Công Thương", "DEPUTY_HEAD", "congthuong", 1),
  c("unit-so-noi-vu", "Giám đốc Sở Nội vụ", "DEPARTMENT_HEAD", "noivu", 3, { female: true }),
  c("unit-so-noi-vu", "Phó Giám đốc Sở Nội vụ", "DEPUTY_HEAD", "noivu", 1),
  c("unit-so-tu-phap", "Giám đốc Sở Tư pháp", "DEPARTMENT_HEAD", "tuphap", 2),
  c("unit-so-tu-phap", "Phó Giám đốc Sở Tư pháp", "DEPUTY_HEAD", "tuphap", 1, { female: true }),
  c("unit-so-dttg", "Giám đốc Sở Dân tộc và Tôn giáo", "DEPARTMENT_HEAD", "dttg", 2),
  c("unit-so-dttg", "Phó Giám đốc Sở Dân tộc và Tôn giáo", "DEPUTY_HEAD", "dttg", 2),
  c("unit-thanh-tra-tinh", "Chánh Thanh tra tỉnh", "DEPARTMENT_HEAD", "thanhtra", 2),
  c("unit-thanh-tra-tinh", "Phó Chánh Thanh tra tỉnh", "DEPUTY_HEAD", "thanhtra", 2),
  c("unit-bql-kcn", "Trưởng Ban Quản lý các khu công nghiệp tỉnh", "DEPARTMENT_HEAD", "bqlkcn", 2),
  c("unit-bql-kcn", "Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh", "DEPUTY_HEAD", "bqlkcn", 1),
  c("unit-cong-an-tinh", "Ủy viên Ban Thường vụ, Giám đốc Công an tỉnh", "STANDING_MEMBER", "congan", 3),
  c("unit-cong-an-tinh", "Phó Giám đốc Công an tỉnh", "DEPUTY_HEAD", "congan", 2),
  c("unit-mttq-tinh", "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "STANDING_MEMBER", "mttq", 2, {
    female: true,
  }),
  c("unit-mttq-tinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "DEPUTY_HEAD", "mttq", 1),
  c("unit-mttq-tinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "DEPUTY_HEAD", "mttq", 1),
  c("unit-tinh-doan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn", "PARTY_MASS_HEAD", "tinhdoan", 2),
  c("unit-hoi-lhpn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "PARTY_MASS_HEAD", "lhpn", 2, {
    female: true,
  }),
  c("unit-hoi-nong-dan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh", "PARTY_MASS_HEAD", "hnd", 2),
  c("unit-ldld", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh", "PARTY_MASS_HEAD", "ldld", 2),
  ...COMMUNES.flatMap((cm) => {
    const list: CadreSeed[] = [
      c(cm.id, `Bí thư Đảng ủy ${cm.name}`, "LOCAL_LEADER", "commune", 2, { commune: cm.id }),
      c(`${cm.id}-ubnd`, `Phó Bí thư Đảng ủy, Chủ tịch UBND ${cm.name}`, "LOCAL_LEADER", "commune", 2, { commune: cm.id }),
    ];
    if (["unit-phuong-son-thuy", "unit-xa-dong-tam", "unit-xa-ban-lim", COMMUNE_A, COMMUNE_B].includes(cm.id)) {
      list.push(
        c(cm.id, `Phó Bí thư Thường trực Đảng ủy ${cm.name}`, "DEPUTY_HEAD", "commune", 1, {
          commune: cm.id,
          female: cm.id !== "unit-xa-ban-lim",
        }),
      );
    }
    return list;
  }),
];

/** Cadres managed by a commune assigning body (its standing committee assigns their tasks). */
export function communeCadres(cm: CommuneSeed): CadreSeed[] {
  const p = cm.id;
  const unitWord = cm.isWard ? "phường" : "xã";
  const villageWord = cm.isWard ? "Tổ trưởng Tổ dân phố" : "Bí thư Chi bộ, Trưởng thôn";
  const isA = p === COMMUNE_A;
  const list: CadreSeed[] = [
    c(
      `${p}-ubnd`,
      `Phó Chủ tịch UBND ${cm.name}`,
      "DEPUTY_HEAD",
      "cx-ubnd",
      2,
      isA ? { name: "Lò Thị Hạnh", username: "canbo.xa", female: true } : { female: true },
    ),
    c(`${p}-ubnd`, `Phó Chủ tịch UBND ${cm.name}`, "DEPUTY_HEAD", "cx-ubnd", 1),
    c(`${p}-hdnd`, `Phó Chủ tịch HĐND ${cm.name}`, "DEPUTY_HEAD", "cx-hdnd", 1),
    c(`${p}-vp`, `Chánh Văn phòng Đảng ủy ${cm.name}`, "PARTY_MASS_HEAD", "cx-dang", 1, { female: true }),
    c(`${p}-xdd`, `Trưởng Ban Xây dựng Đảng Đảng ủy ${cm.name}`, "PARTY_MASS_HEAD", "cx-dang", 1),
    c(`${p}-xdd`, `Phó Trưởng Ban Xây dựng Đảng Đảng ủy ${cm.name}`, "DEPUTY_HEAD", "cx-dang", 1, { female: true }),
    c(`${p}-ubkt`, `Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy ${cm.name}`, "DEPUTY_HEAD", "cx-dang", 1),
    c(`${p}-mttq`, `Chủ tịch Ủy ban MTTQ Việt Nam ${cm.name}`, "PARTY_MASS_HEAD", "cx-mttq", 2),
    c(
      `${p}-mttq`,
      `Phó Chủ tịch Ủy ban MTTQ ${unitWord}, Chủ tịch Hội Liên hiệp Phụ nữ ${unitWord}`,
      "DEPUTY_HEAD",
      "cx-mttq",
      1,
      { female: true },
    ),
    c(`${p}-mttq`, `Phó Chủ tịch Ủy ban MTTQ ${unitWord}, Bí thư Đoàn ${unitWord}`, "DEPUTY_HEAD", "cx-mttq", 1),
    c(`${p}-mttq`, `Phó Chủ tịch Ủy ban MTTQ ${unitWord}, Chủ tịch Hội Nông dân ${unitWord}`, "DEPUTY_HEAD", "cx-mttq", 1),
    c(
      `${p}-pkt`,
      cm.isWard ? `Trưởng phòng Kinh tế, Hạ tầng và Đô thị ${cm.name}` : `Trưởng phòng Kinh tế ${cm.name}`,
      "DEPARTMENT_HEAD",
      "cx-kt",
      1,
    ),
    c(`${p}-pvhxh`, `Trưởng phòng Văn hóa - Xã hội ${cm.name}`, "DEPARTMENT_HEAD", "cx-vhxh", 1, { female: true }),
    c(`${p}-hcc`, `Giám đốc Trung tâm Phục vụ hành chính công ${cm.name}`, "DEPARTMENT_HEAD", "cx-hcc", 1),
    c(`${p}-tyt`, `Trưởng Trạm Y tế ${cm.name}`, "OTHER", "cx-yte", 1, { female: true }),
    c(
      `${p}-truong`,
      cm.isWard
        ? `Hiệu trưởng Trường Tiểu học ${cm.name.replace(/^phường /, "")}`
        : `Hiệu trưởng Trường THCS ${cm.name.replace(/^xã /, "")}`,
      "OTHER",
      "cx-truong",
      1,
    ),
    ...cm.villages.map((v, i) =>
      c(`${p}-thon-${i + 1}`, cm.isWard ? `${villageWord} ${v}` : `${villageWord} ${v}`, "OTHER", "cx-thon", 1, {
        village: i,
        female: i === 2,
      }),
    ),
  ].map((x) => ({ ...x, commune: p }));
  return list;
}

// ───────────────────────────── Staff accounts (not cadres) ─────────────────────────────

export type StaffSeed = {
  id: string;
  username: string;
  fullName: string;
  roles: { role: Role; unit: string }[];
};

const r = (role: Role, unit: string = ROOT_ID) => ({ role, unit });

export const STAFF: StaffSeed[] = [
  { id: "user-admin", username: "admin", fullName: "Lê Minh Quân", roles: [r("ADMIN")] },
  { id: "user-bantochuc", username: "bantochuc", fullName: "Phạm Thị Thu Hà", roles: [r("ORG_COMMITTEE")] },
  { id: "user-thuongtruc", username: "thuongtruc", fullName: "Hoàng Văn Thắng", roles: [r("STANDING_COMMITTEE")] },
  {
    id: "user-pho-bithu",
    username: "pho.bithu",
    fullName: "Đinh Thị Lan",
    roles: [r("STANDING_COMMITTEE"), r("COUNCIL"), r("SUPERVISOR")],
  },
  { id: "user-hoidong1", username: "hoidong1", fullName: "Trịnh Văn Khải", roles: [r("COUNCIL")] },
  { id: "user-hoidong2", username: "hoidong2", fullName: "Lương Thị Minh Nguyệt", roles: [r("COUNCIL")] },
  { id: "user-daumoi", username: "daumoi", fullName: "Đặng Quốc Việt", roles: [r("SUPERVISOR")] },
  { id: "user-daumoi2", username: "daumoi2", fullName: "Bùi Thanh Tùng", roles: [r("SUPERVISOR")] },
  { id: "user-daumoi3", username: "daumoi3", fullName: "Cao Thị Hồng Nhung", roles: [r("SUPERVISOR")] },
  { id: "user-daumoi4", username: "daumoi4", fullName: "Ma Văn Khoa", roles: [r("SUPERVISOR")] },
  { id: "user-bantochuc-xa", username: "bantochuc.xa", fullName: "Hà Thị Thu", roles: [r("ORG_COMMITTEE", COMMUNE_A)] },
  {
    id: "user-thuongtruc-xa",
    username: "thuongtruc.xa",
    fullName: "Nông Văn Thành",
    roles: [r("STANDING_COMMITTEE", COMMUNE_A)],
  },
  { id: "user-daumoi-xa", username: "daumoi.xa", fullName: "Triệu Văn Lực", roles: [r("SUPERVISOR", COMMUNE_A)] },
  {
    id: "user-bantochuc-lamvien",
    username: "bantochuc.lamvien",
    fullName: "Vũ Thị Ngọc Anh",
    roles: [r("ORG_COMMITTEE", COMMUNE_B)],
  },
  {
    id: "user-thuongtruc-lamvien",
    username: "thuongtruc.lamvien",
    fullName: "Trần Quốc Hưng",
    roles: [r("STANDING_COMMITTEE", COMMUNE_B)],
  },
  { id: "user-daumoi-lamvien", username: "daumoi.lamvien", fullName: "Đỗ Minh Tuấn", roles: [r("SUPERVISOR", COMMUNE_B)] },
];

// ───────────────────────────── Names ─────────────────────────────

export const FAMILY_NAMES = [
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Trần",
  "Trần",
  "Lê",
  "Lê",
  "Phạm",
  "Hoàng",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Triệu",
  "Lương",
  "Hà",
  "Ma",
  "Nông",
  "Lò",
  "Hứa",
  "Phùng",
  "Tạ",
  "Chu",
  "Quan",
];
export const MIDDLE_MALE = [
  "Văn",
  "Văn",
  "Đức",
  "Quang",
  "Minh",
  "Hữu",
  "Xuân",
  "Thanh",
  "Ngọc",
  "Mạnh",
  "Tiến",
  "Công",
  "Đình",
  "Trọng",
  "Quốc",
];
export const MIDDLE_FEMALE = [
  "Thị",
  "Thị",
  "Thị",
  "Thu",
  "Thanh",
  "Minh",
  "Ngọc",
  "Thúy",
  "Hồng",
  "Kim",
  "Phương",
  "Thị Thu",
  "Thị Hồng",
];
export const GIVEN_MALE = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Long",
  "Hải",
  "Sơn",
  "Cường",
  "Toàn",
  "Bình",
  "Khánh",
  "Trung",
  "Phong",
  "Hiếu",
  "Nam",
  "Quý",
  "Tài",
  "Thành",
  "Hưng",
  "Tùng",
  "Đạt",
  "Lâm",
  "Chiến",
  "Vinh",
  "Kiên",
  "Thịnh",
  "Hoàn",
  "Tâm",
  "Huy",
  "Bảo",
  "Thuận",
];
export const GIVEN_FEMALE = [
  "Lan",
  "Hương",
  "Hà",
  "Nga",
  "Thảo",
  "Huyền",
  "Mai",
  "Dung",
  "Yến",
  "Trang",
  "Loan",
  "Oanh",
  "Hằng",
  "Nhung",
  "Liên",
  "Thủy",
  "Hoa",
  "Vân",
  "Ngân",
  "Quyên",
  "Phượng",
  "Thơm",
];

// ───────────────────────────── Task library ─────────────────────────────

export type TargetTpl = readonly [
  indicator: string,
  unit: string,
  baseline: number | null,
  target: number,
  direction: "INCREASE" | "DECREASE" | "REACH",
  deadlineMonth?: number,
];

export type TaskTpl = {
  field: TaskField;
  kind: BreakthroughKind;
  title: string;
  objectives: string;
  product: string;
  targets: TargetTpl[];
  plan?: string;
  /** "xa" or "phuong": only for communes, resp. wards. */
  only?: "xa" | "phuong";
};

const t = (
  field: TaskField,
  kind: BreakthroughKind,
  title: string,
  objectives: string,
  product: string,
  targets: TargetTpl[],
  extra: Partial<TaskTpl> = {},
): TaskTpl => ({ field, kind, title, objectives, product, targets, ...extra });

export const POOLS: Record<string, TaskTpl[]> = {
  nnmt: [
    t(
      "LAND",
      "BACKLOG",
      "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân còn tồn đọng",
      "Giải quyết dứt điểm hồ sơ cấp giấy chứng nhận lần đầu tồn đọng từ trước khi sắp xếp đơn vị hành chính, bảo đảm quyền lợi hợp pháp của người dân.",
      "Giấy chứng nhận được trao cho người dân; cơ sở dữ liệu hồ sơ tồn đọng được cập nhật, công khai theo từng xã, phường.",
      [
        ["Số giấy chứng nhận quyền sử dụng đất cấp lần đầu", "giấy chứng nhận", 0, 3500, "INCREASE"],
        ["Số hồ sơ tồn đọng chưa được cấp", "hồ sơ", 4200, 700, "DECREASE"],
      ],
      {
        plan: "Rà soát, phân loại từng hồ sơ theo nguyên nhân tồn đọng; thành lập 5 tổ công tác liên ngành xuống cơ sở; giao chỉ tiêu theo tháng cho từng chi nhánh Văn phòng đăng ký đất đai; công khai tiến độ trên Cổng thông tin điện tử tỉnh.",
      },
    ),
    t(
      "AGRICULTURE",
      "NEW",
      "Phát triển vùng cam, bưởi sản xuất theo tiêu chuẩn VietGAP",
      "Hình thành vùng cây ăn quả có múi tập trung, đạt chứng nhận VietGAP, có mã số vùng trồng, gắn với tiêu thụ qua hợp đồng liên kết.",
      "Vùng cam, bưởi đạt chứng nhận VietGAP; mã số vùng trồng; sản phẩm OCOP được công nhận.",
      [
        ["Diện tích cam, bưởi được cấp chứng nhận VietGAP", "ha", 120, 300, "INCREASE"],
        ["Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", 14, 20, "INCREASE"],
      ],
      {
        plan: "Khảo sát, quy hoạch vùng trồng; tập huấn kỹ thuật cho tổ hợp tác; hỗ trợ chi phí chứng nhận từ nguồn chương trình nông thôn mới; kết nối doanh nghiệp bao tiêu sản phẩm.",
      },
    ),
    t(
      "LAND",
      "HARD",
      "Xử lý dứt điểm các vụ vi phạm đất đai, lấn chiếm đất công tồn đọng",
      "Lập lại kỷ cương trong quản lý đất đai; thu hồi đất công bị lấn chiếm, xử lý nghiêm vi phạm mới phát sinh.",
      "Quyết định xử lý vi phạm; diện tích đất công được thu hồi đưa vào quản lý.",
      [
        ["Số vụ vi phạm đất đai tồn đọng", "vụ", 186, 40, "DECREASE"],
        ["Diện tích đất công bị lấn chiếm được thu hồi", "ha", 0, 35, "INCREASE"],
      ],
    ),
    t(
      "AGRICULTURE",
      "HARD",
      "Phát triển rừng trồng gỗ lớn có chứng chỉ quản lý rừng bền vững (FSC)",
      "Nâng giá trị rừng trồng, cung cấp nguyên liệu gỗ hợp pháp cho chế biến xuất khẩu.",
      "Diện tích rừng được cấp chứng chỉ FSC; chuỗi liên kết trồng rừng – chế biến gỗ.",
      [
        ["Diện tích rừng trồng được cấp chứng chỉ FSC", "ha", 8500, 12000, "INCREASE"],
        ["Tỷ lệ che phủ rừng", "%", 64.2, 65, "INCREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Xây dựng cơ sở dữ liệu đất đai tập trung, thống nhất toàn tỉnh",
      "Hoàn thành cơ sở dữ liệu đất đai, kết nối với cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính.",
      "Cơ sở dữ liệu đất đai vận hành trên nền tảng số của tỉnh.",
      [["Số xã, phường hoàn thành xây dựng cơ sở dữ liệu đất đai", "xã, phường", 12, 40, "INCREASE"]],
    ),
    t(
      "ENVIRONMENT",
      "URGENT_GRIEVANCE",
      "Bảo đảm nước sinh hoạt hợp vệ sinh cho dân cư nông thôn vùng khó khăn",
      "Giải quyết tình trạng thiếu nước sinh hoạt mùa khô tại các xã vùng cao.",
      "Công trình cấp nước tập trung được xây mới, sửa chữa và bàn giao cho cộng đồng quản lý.",
      [
        ["Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt quy chuẩn", "%", 58, 65, "INCREASE"],
        ["Số công trình cấp nước tập trung được sửa chữa, nâng cấp", "công trình", 0, 24, "INCREASE"],
      ],
    ),
    t(
      "ENVIRONMENT",
      "BACKLOG",
      "Xử lý dứt điểm các điểm ô nhiễm môi trường tồn đọng tại làng nghề và cơ sở chế biến",
      "Chấm dứt tình trạng ô nhiễm kéo dài gây bức xúc trong nhân dân tại các làng nghề, cơ sở chế biến nông sản.",
      "Các điểm ô nhiễm được xử lý, có kết quả quan trắc đạt quy chuẩn.",
      [
        ["Số điểm ô nhiễm môi trường tồn đọng", "điểm", 11, 0, "DECREASE"],
        ["Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý", "%", 72, 85, "INCREASE"],
      ],
    ),
  ],
  btc: [
    t(
      "PARTY_BUILDING",
      "HARD",
      "Kiện toàn tổ chức bộ máy và đội ngũ cán bộ cấp xã sau sắp xếp đơn vị hành chính",
      "Bố trí đủ, đúng cán bộ chủ chốt và công chức theo vị trí việc làm tại 100% đảng ủy xã, phường.",
      "Quyết định kiện toàn; đề án vị trí việc làm của các xã, phường được phê duyệt.",
      [
        ["Tỷ lệ đảng ủy xã, phường được kiện toàn đủ chức danh chủ chốt", "%", 72, 100, "INCREASE"],
        ["Số cán bộ cấp xã dôi dư được giải quyết chế độ, chính sách", "người", 0, 145, "INCREASE"],
      ],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Phát triển tổ chức đảng và đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
      "Xóa “vùng trắng” tổ chức đảng tại các doanh nghiệp có đông lao động.",
      "Tổ chức đảng được thành lập mới; đảng viên mới được kết nạp trong doanh nghiệp.",
      [
        ["Số tổ chức đảng thành lập mới trong doanh nghiệp ngoài nhà nước", "tổ chức đảng", 0, 12, "INCREASE"],
        ["Số đảng viên mới kết nạp trong doanh nghiệp ngoài nhà nước", "đảng viên", 0, 90, "INCREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa hồ sơ đảng viên và vận hành cơ sở dữ liệu đảng viên toàn Đảng bộ tỉnh",
      "Quản lý đảng viên trên môi trường số, cập nhật kịp thời biến động.",
      "Cơ sở dữ liệu đảng viên được cập nhật đầy đủ, khai thác được đến đảng ủy cơ sở.",
      [["Tỷ lệ hồ sơ đảng viên được số hóa, cập nhật vào cơ sở dữ liệu", "%", 35, 100, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Quy hoạch cán bộ nữ, cán bộ trẻ, cán bộ người dân tộc thiểu số",
      "Bảo đảm cơ cấu hợp lý trong quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2030–2035.",
      "Nghị quyết phê duyệt quy hoạch; danh sách nguồn cán bộ được đào tạo, luân chuyển.",
      [
        ["Tỷ lệ cán bộ nữ trong quy hoạch Ban Chấp hành Đảng bộ tỉnh", "%", 18, 25, "INCREASE"],
        ["Tỷ lệ cán bộ người dân tộc thiểu số trong quy hoạch", "%", 21, 28, "INCREASE"],
      ],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Xây dựng bộ tiêu chí đánh giá cán bộ bằng sản phẩm cho cấp xã",
      "Khắc phục tình trạng đánh giá cán bộ chung chung, hình thức; đánh giá bằng kết quả, sản phẩm cụ thể.",
      "Bộ tiêu chí định lượng được ban hành và áp dụng tại các xã, phường.",
      [
        ["Bộ tiêu chí định lượng được Ban Thường vụ ban hành", "bộ tiêu chí", 0, 1, "REACH"],
        ["Tỷ lệ xã, phường áp dụng đánh giá cán bộ bằng sản phẩm", "%", 0, 100, "INCREASE"],
      ],
    ),
  ],
  btgdv: [
    t(
      "PARTY_BUILDING",
      "HARD",
      "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
      "Bảo vệ nền tảng tư tưởng của Đảng; chủ động định hướng dư luận xã hội trên mạng xã hội.",
      "Tin, bài phản bác được đăng tải; lực lượng nòng cốt được tập huấn.",
      [
        ["Số tin, bài đấu tranh phản bác được đăng tải", "tin, bài", 320, 600, "INCREASE"],
        ["Số thành viên lực lượng nòng cốt được tập huấn", "người", 150, 400, "INCREASE"],
      ],
    ),
    t(
      "LAND",
      "HARD",
      "Vận động nhân dân đồng thuận giải phóng mặt bằng các công trình trọng điểm",
      "Tạo đồng thuận xã hội để bàn giao mặt bằng đúng tiến độ các dự án giao thông, khu công nghiệp.",
      "Biên bản bàn giao mặt bằng; các buổi đối thoại, vận động tại khu dân cư.",
      [
        ["Diện tích đất được nhân dân hiến để làm đường giao thông", "m²", 0, 25000, "INCREASE"],
        ["Số hộ dân đồng thuận bàn giao mặt bằng dự án trọng điểm", "hộ", 0, 380, "INCREASE"],
      ],
    ),
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Nhân rộng mô hình “Dân vận khéo” gắn với giảm nghèo bền vững vùng đồng bào dân tộc thiểu số",
      "Phát huy vai trò của người dân trong giảm nghèo, xây dựng nông thôn mới.",
      "Mô hình “Dân vận khéo” được công nhận, nhân rộng.",
      [["Số mô hình “Dân vận khéo” được công nhận", "mô hình", 42, 80, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Đưa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I vào cuộc sống",
      "Quán triệt, triển khai nghị quyết đến 100% chi bộ; xây dựng chương trình hành động sát thực tiễn.",
      "Kế hoạch, chương trình hành động của các cấp ủy trực thuộc.",
      [
        ["Tỷ lệ chi bộ tổ chức học tập, quán triệt nghị quyết", "%", 0, 100, "INCREASE"],
        ["Tỷ lệ cán bộ, đảng viên tham gia học tập", "%", 0, 98, "INCREASE"],
      ],
    ),
    t(
      "PETITIONS",
      "URGENT_GRIEVANCE",
      "Nâng cao hiệu quả đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân",
      "Giải quyết kịp thời kiến nghị chính đáng của nhân dân ngay từ cơ sở.",
      "Các cuộc đối thoại được tổ chức; kiến nghị sau đối thoại được giải quyết.",
      [
        ["Số cuộc đối thoại trực tiếp được tổ chức", "cuộc", 24, 60, "INCREASE"],
        ["Tỷ lệ kiến nghị sau đối thoại được giải quyết", "%", 65, 90, "INCREASE"],
      ],
    ),
  ],
  ubkt: [
    t(
      "PETITIONS",
      "BACKLOG",
      "Giải quyết dứt điểm đơn thư tố cáo đảng viên tồn đọng kéo dài",
      "Không để đơn thư tồn đọng, kéo dài, vượt cấp; xử lý nghiêm đảng viên vi phạm.",
      "Kết luận giải quyết tố cáo; thông báo kết quả cho người tố cáo.",
      [
        ["Số đơn tố cáo đảng viên tồn đọng", "đơn", 38, 0, "DECREASE"],
        ["Tỷ lệ đơn tố cáo đảng viên được giải quyết đúng hạn", "%", 80, 100, "INCREASE"],
      ],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Kiểm tra khi có dấu hiệu vi phạm trong quản lý đất đai, đầu tư công",
      "Phát hiện sớm, xử lý kịp thời vi phạm của tổ chức đảng và đảng viên trong lĩnh vực nhạy cảm.",
      "Kết luận kiểm tra; quyết định thi hành kỷ luật (nếu có).",
      [["Số cuộc kiểm tra khi có dấu hiệu vi phạm", "cuộc", 6, 14, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Giám sát chuyên đề việc kê khai tài sản, thu nhập của cán bộ diện Ban Thường vụ quản lý",
      "Nâng cao tính trung thực, minh bạch trong kê khai tài sản, thu nhập.",
      "Báo cáo kết quả giám sát, xác minh.",
      [["Tỷ lệ cán bộ thuộc diện giám sát được xác minh kê khai", "%", 10, 30, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Ứng dụng phần mềm quản lý công tác kiểm tra, giám sát trong toàn Đảng bộ",
      "Quản lý thống nhất dữ liệu kiểm tra, giám sát, kỷ luật đảng từ tỉnh đến cơ sở.",
      "Phần mềm được triển khai đến ủy ban kiểm tra các cấp ủy cơ sở.",
      [["Tỷ lệ ủy ban kiểm tra cấp ủy cơ sở sử dụng phần mềm", "%", 0, 100, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Thu hồi tiền, tài sản vi phạm phát hiện qua kiểm tra, giám sát của Đảng",
      "Thu hồi tối đa tiền, tài sản vi phạm, nâng cao tính răn đe.",
      "Chứng từ nộp ngân sách; báo cáo kết quả thu hồi.",
      [["Tỷ lệ số tiền vi phạm được thu hồi", "%", 54, 85, "INCREASE"]],
    ),
  ],
  vptu: [
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Ký số, gửi nhận văn bản điện tử trong các cơ quan Đảng toàn tỉnh",
      "Xây dựng cơ quan Đảng điện tử, giảm văn bản giấy.",
      "Hệ thống quản lý văn bản và điều hành kết nối đến đảng ủy xã, phường.",
      [["Tỷ lệ văn bản đi được ký số, gửi nhận trên môi trường mạng (trừ văn bản mật)", "%", 62, 98, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "HARD",
      "Kết nối hệ thống họp trực tuyến của Tỉnh ủy đến các đảng ủy xã, phường",
      "Tổ chức hội nghị trực tuyến thông suốt từ tỉnh đến cơ sở, tiết kiệm chi phí.",
      "Điểm cầu trực tuyến được lắp đặt, vận hành ổn định.",
      [["Số điểm cầu họp trực tuyến được kết nối", "điểm cầu", 34, 96, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Rút ngắn thời gian tổng hợp báo cáo định kỳ của các cơ quan Đảng",
      "Chuẩn hóa biểu mẫu, tổng hợp tự động số liệu báo cáo.",
      "Bộ biểu mẫu chuẩn hóa; phần mềm tổng hợp báo cáo.",
      [["Thời gian tổng hợp báo cáo định kỳ", "ngày", 10, 4, "DECREASE"]],
    ),
  ],
  bnc: [
    t(
      "PUBLIC_ORDER",
      "HARD",
      "Đôn đốc xử lý các vụ án, vụ việc tham nhũng, tiêu cực thuộc diện Ban Chỉ đạo tỉnh theo dõi",
      "Bảo đảm xử lý nghiêm minh, đúng tiến độ các vụ án, vụ việc dư luận quan tâm.",
      "Báo cáo tiến độ xử lý; các vụ án được đưa ra xét xử.",
      [["Tỷ lệ vụ án, vụ việc được xử lý đúng tiến độ", "%", 70, 95, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "BACKLOG",
      "Tham mưu giải quyết các vụ khiếu nại đông người, phức tạp, kéo dài",
      "Giải quyết dứt điểm các điểm nóng khiếu kiện, không để phát sinh thành “điểm nóng” mới.",
      "Phương án giải quyết từng vụ việc; văn bản kết thúc giải quyết.",
      [["Số vụ khiếu nại đông người, phức tạp còn tồn đọng", "vụ", 17, 3, "DECREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Phòng, chống tham nhũng vặt trong giải quyết thủ tục hành chính",
      "Khảo sát, công khai chỉ số tham nhũng vặt tại các cơ quan tiếp nhận hồ sơ của người dân.",
      "Báo cáo khảo sát, bảng xếp hạng cơ quan.",
      [["Số cơ quan, đơn vị được khảo sát, đánh giá về tham nhũng vặt", "cơ quan", 0, 40, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "HARD",
      "Nâng tỷ lệ thi hành án dân sự xong về tiền",
      "Giảm án tồn đọng, thu hồi tài sản cho Nhà nước và người được thi hành án.",
      "Báo cáo kết quả thi hành án.",
      [["Tỷ lệ thi hành án xong về tiền trên số có điều kiện thi hành", "%", 48, 65, "INCREASE"]],
    ),
  ],
  bcscl: [
    t(
      "ECONOMY",
      "NEW",
      `Tham mưu Nghị quyết về phát triển kinh tế tư nhân tỉnh ${PROVINCE_NAME} đến năm 2030`,
      "Tạo khung chính sách đột phá thúc đẩy kinh tế tư nhân trở thành động lực quan trọng.",
      "Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ tỉnh.",
      [["Nghị quyết chuyên đề được ban hành", "nghị quyết", 0, 1, "REACH", 9]],
    ),
    t(
      "ECONOMY",
      "HARD",
      "Đánh giá, dự báo thực hiện các chỉ tiêu chủ yếu của Nghị quyết Đại hội Đảng bộ tỉnh",
      "Cảnh báo sớm các chỉ tiêu có nguy cơ không đạt, đề xuất giải pháp.",
      "Báo cáo đánh giá, dự báo hằng quý trình Ban Thường vụ.",
      [["Số chỉ tiêu chủ yếu được theo dõi, dự báo hằng quý", "chỉ tiêu", 0, 28, "INCREASE"]],
    ),
    t(
      "ECONOMY",
      "NEW",
      "Xây dựng Đề án phát triển vùng động lực kinh tế phía Nam của tỉnh",
      "Định hướng không gian phát triển công nghiệp – đô thị – dịch vụ dọc hành lang cao tốc.",
      "Đề án được Ban Thường vụ Tỉnh ủy thông qua.",
      [["Đề án được thông qua", "đề án", 0, 1, "REACH", 11]],
    ),
  ],
  tct: [
    t(
      "EDUCATION",
      "NEW",
      "Đổi mới chương trình bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã sau sắp xếp",
      "Trang bị kỹ năng quản trị địa phương cho đội ngũ cán bộ xã, phường mới.",
      "Chương trình bồi dưỡng mới; các lớp bồi dưỡng được tổ chức.",
      [
        ["Số học viên cấp xã được bồi dưỡng", "học viên", 0, 1200, "INCREASE"],
        ["Tỷ lệ học viên đánh giá khóa học đạt yêu cầu trở lên", "%", 82, 95, "INCREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa học liệu và tổ chức lớp học trực tuyến",
      "Giảm thời gian học viên phải tập trung, nâng cao chất lượng học liệu.",
      "Kho học liệu số; hệ thống học trực tuyến.",
      [["Tỷ lệ học liệu được số hóa", "%", 15, 70, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Bồi dưỡng lý luận chính trị cho đảng viên mới ở vùng đồng bào dân tộc thiểu số",
      "Bảo đảm đảng viên mới được học tập chương trình lý luận chính trị trong năm đầu.",
      "Các lớp bồi dưỡng tổ chức tại cơ sở.",
      [["Tỷ lệ đảng viên mới được bồi dưỡng lý luận chính trị", "%", 70, 100, "INCREASE"]],
    ),
  ],
  bptth: [
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Xây dựng tòa soạn hội tụ đa phương tiện",
      "Chuyển đổi số hoạt động báo chí, đưa thông tin chính thống đến người dân trên nền tảng số.",
      "Tòa soạn hội tụ vận hành; nền tảng số có lượng truy cập tăng.",
      [["Lượt truy cập nền tảng số bình quân tháng", "nghìn lượt", 850, 1500, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "NEW",
      "Mở chuyên mục “Dân hỏi – Lãnh đạo trả lời” trên sóng phát thanh, truyền hình",
      "Kênh tiếp nhận, phản hồi kiến nghị của người dân công khai, kịp thời.",
      "Chuyên mục phát sóng định kỳ; câu hỏi của người dân được trả lời.",
      [
        ["Số kỳ phát sóng chuyên mục", "kỳ", 0, 48, "INCREASE"],
        ["Tỷ lệ câu hỏi của người dân được cơ quan chức năng trả lời", "%", 0, 90, "INCREASE"],
      ],
    ),
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Sản xuất chương trình bằng tiếng dân tộc thiểu số",
      "Đưa thông tin chính sách đến đồng bào vùng sâu, vùng xa.",
      "Các chương trình phát thanh, truyền hình tiếng Tày, Dao, Mông.",
      [["Số chương trình tiếng dân tộc thiểu số được phát sóng", "chương trình", 96, 150, "INCREASE"]],
    ),
  ],
  hdnd: [
    t(
      "PETITIONS",
      "BACKLOG",
      "Giám sát chuyên đề việc giải quyết kiến nghị cử tri tồn đọng",
      "Không để kiến nghị cử tri tồn đọng qua nhiều kỳ họp.",
      "Báo cáo giám sát; nghị quyết chất vấn.",
      [["Số kiến nghị cử tri tồn đọng chưa được giải quyết", "kiến nghị", 112, 20, "DECREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Rà soát, ban hành thay thế nghị quyết quy phạm pháp luật sau hợp nhất tỉnh",
      "Bảo đảm hệ thống văn bản thống nhất, không chồng chéo giữa các địa bàn trước hợp nhất.",
      "Nghị quyết quy phạm pháp luật được ban hành thay thế.",
      [["Số nghị quyết quy phạm pháp luật được rà soát, ban hành thay thế", "nghị quyết", 0, 35, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "NEW",
      "Tổ chức tiếp xúc cử tri chuyên đề theo lĩnh vực",
      "Lắng nghe ý kiến của doanh nghiệp, người lao động, thanh niên về các chính sách của tỉnh.",
      "Các cuộc tiếp xúc cử tri chuyên đề; báo cáo tổng hợp kiến nghị.",
      [["Số cuộc tiếp xúc cử tri chuyên đề", "cuộc", 4, 12, "INCREASE"]],
    ),
  ],
  ubnd: [
    t(
      "ECONOMY",
      "HARD",
      "Đẩy nhanh giải ngân vốn đầu tư công năm {Y}",
      "Giải ngân hết kế hoạch vốn được giao, không để chuyển nguồn, hủy dự toán.",
      "Báo cáo giải ngân hằng tháng; danh sách chủ đầu tư giải ngân chậm được công khai.",
      [["Tỷ lệ giải ngân vốn đầu tư công kế hoạch năm", "%", 0, 95, "INCREASE"]],
    ),
    t(
      "OTHER",
      "HARD",
      "Tổ chức diễn tập khu vực phòng thủ tỉnh năm {Y}",
      "Nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền trong thực hiện nhiệm vụ quốc phòng, an ninh.",
      "Cuộc diễn tập được tổ chức, Quân khu đánh giá đạt loại giỏi.",
      [["Cuộc diễn tập được tổ chức, đánh giá đạt loại giỏi", "cuộc", 0, 1, "REACH", 10]],
    ),
    t(
      "INFRASTRUCTURE",
      "HARD",
      "Tháo gỡ vướng mắc mặt bằng dự án đường cao tốc đoạn qua tỉnh",
      "Bàn giao mặt bằng sạch cho nhà thầu đúng cam kết với Bộ Xây dựng.",
      "Biên bản bàn giao mặt bằng; khu tái định cư hoàn thành.",
      [
        ["Tỷ lệ diện tích mặt bằng được bàn giao", "%", 40, 100, "INCREASE"],
        ["Số khu tái định cư hoàn thành hạ tầng", "khu", 1, 4, "INCREASE"],
      ],
    ),
    t(
      "ECONOMY",
      "NEW",
      "Thu hút đầu tư vào các khu công nghiệp, cụm công nghiệp",
      "Tạo động lực tăng trưởng mới, giải quyết việc làm cho lao động địa phương.",
      "Dự án được cấp chủ trương đầu tư; vốn đăng ký mới.",
      [
        ["Số dự án đầu tư mới được chấp thuận chủ trương", "dự án", 9, 20, "INCREASE"],
        ["Tổng vốn đăng ký mới", "tỷ đồng", 3200, 8000, "INCREASE"],
      ],
    ),
    t(
      "AGRICULTURE",
      "HARD",
      "Tăng số xã đạt chuẩn nông thôn mới nâng cao",
      "Nâng chất lượng các tiêu chí nông thôn mới sau sắp xếp đơn vị hành chính.",
      "Quyết định công nhận xã đạt chuẩn nông thôn mới nâng cao.",
      [["Số xã đạt chuẩn nông thôn mới nâng cao", "xã", 3, 6, "INCREASE"]],
    ),
  ],
  vpubnd: [
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh",
      "Lãnh đạo tỉnh chỉ đạo, điều hành dựa trên dữ liệu thời gian thực.",
      "IOC kết nối các hệ thống thông tin chuyên ngành.",
      [["Số hệ thống thông tin được kết nối với IOC", "hệ thống", 6, 18, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "HARD",
      "Nâng Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS)",
      "Cải thiện thái độ phục vụ, rút ngắn thời gian giải quyết thủ tục.",
      "Kết quả đo lường SIPAS năm.",
      [["Chỉ số SIPAS", "%", 82.5, 88, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Cắt giảm, đơn giản hóa thủ tục hành chính nội bộ",
      "Giảm thời gian, chi phí tuân thủ trong giải quyết công việc giữa các cơ quan nhà nước.",
      "Quyết định phê duyệt phương án đơn giản hóa.",
      [["Số thủ tục hành chính nội bộ được cắt giảm, đơn giản hóa", "thủ tục", 0, 60, "INCREASE"]],
    ),
  ],
  ttpvhcc: [
    t(
      "ADMIN_REFORM",
      "HARD",
      "Giải quyết thủ tục hành chính trực tuyến toàn trình, không phụ thuộc địa giới",
      "Người dân, doanh nghiệp nộp hồ sơ ở bất kỳ đâu, nhận kết quả tại nhà.",
      "Hồ sơ được giải quyết trực tuyến; tỷ lệ trễ hạn giảm.",
      [
        ["Tỷ lệ hồ sơ trực tuyến toàn trình", "%", 48, 80, "INCREASE"],
        ["Tỷ lệ hồ sơ giải quyết quá hạn", "%", 2.4, 0.5, "DECREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
      "Tái sử dụng dữ liệu, người dân không phải nộp lại giấy tờ đã có.",
      "Kho dữ liệu số hóa kết quả giải quyết thủ tục.",
      [["Tỷ lệ hồ sơ, kết quả giải quyết được số hóa", "%", 70, 100, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Triển khai dịch vụ bưu chính công ích tiếp nhận, trả kết quả tại nhà",
      "Giảm đi lại cho người dân vùng sâu, vùng xa.",
      "Hồ sơ tiếp nhận, trả kết quả qua bưu chính.",
      [["Số hồ sơ tiếp nhận, trả kết quả qua bưu chính công ích", "hồ sơ", 5200, 12000, "INCREASE"]],
    ),
  ],
  taichinh: [
    t(
      "ECONOMY",
      "HARD",
      "Thu ngân sách nhà nước trên địa bàn vượt dự toán",
      "Nuôi dưỡng nguồn thu, chống thất thu, thu hồi nợ đọng thuế.",
      "Báo cáo thu ngân sách; danh sách doanh nghiệp nợ thuế được công khai.",
      [["Tổng thu ngân sách nội địa", "tỷ đồng", 6850, 7600, "INCREASE"]],
    ),
    t(
      "ECONOMY",
      "BACKLOG",
      "Xử lý dứt điểm nhà, đất dôi dư sau sắp xếp đơn vị hành chính",
      "Không để lãng phí tài sản công; bố trí trụ sở dôi dư cho y tế, giáo dục, văn hóa.",
      "Phương án xử lý từng cơ sở nhà, đất được phê duyệt.",
      [
        ["Số cơ sở nhà, đất dôi dư được xử lý", "cơ sở", 0, 210, "INCREASE"],
        ["Tỷ lệ trụ sở dôi dư được bố trí sử dụng hoặc đấu giá", "%", 22, 90, "INCREASE"],
      ],
    ),
    t(
      "ECONOMY",
      "HARD",
      "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
      "Cải thiện môi trường đầu tư kinh doanh; xử lý các chỉ số thành phần thấp điểm.",
      "Kế hoạch cải thiện PCI; kết quả PCI công bố.",
      [["Thứ hạng PCI toàn quốc", "bậc", 38, 25, "DECREASE"]],
    ),
    t(
      "ECONOMY",
      "BACKLOG",
      "Quyết toán dứt điểm các dự án hoàn thành chậm quyết toán",
      "Giải quyết tồn đọng quyết toán vốn đầu tư, tất toán tài khoản.",
      "Quyết định phê duyệt quyết toán.",
      [["Số dự án hoàn thành chậm quyết toán", "dự án", 146, 20, "DECREASE"]],
    ),
    t(
      "ECONOMY",
      "NEW",
      "Hỗ trợ thành lập mới và phát triển doanh nghiệp",
      "Tăng số doanh nghiệp hoạt động, đóng góp vào tăng trưởng.",
      "Doanh nghiệp được thành lập mới; hộ kinh doanh chuyển lên doanh nghiệp.",
      [
        ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 620, 900, "INCREASE"],
        ["Số hộ kinh doanh chuyển đổi thành doanh nghiệp", "hộ", 15, 60, "INCREASE"],
      ],
    ),
  ],
  xaydung: [
    t(
      "INFRASTRUCTURE",
      "HARD",
      "Hoàn thành tuyến đường kết nối vùng phía Bắc của tỉnh với đường cao tốc",
      "Rút ngắn thời gian đi lại, mở không gian phát triển cho các xã phía Bắc.",
      "Tuyến đường hoàn thành, đưa vào sử dụng.",
      [["Chiều dài tuyến đường hoàn thành", "km", 12, 32, "INCREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "NEW",
      "Phát triển nhà ở xã hội cho công nhân khu công nghiệp",
      "Giải quyết chỗ ở ổn định cho người lao động thu nhập thấp.",
      "Căn hộ nhà ở xã hội hoàn thành, bàn giao.",
      [["Số căn hộ nhà ở xã hội hoàn thành", "căn", 0, 850, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "URGENT_GRIEVANCE",
      "Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
      "Bảo đảm 100% hộ nghèo, cận nghèo có nhà ở an toàn.",
      "Nhà ở được xây mới, sửa chữa và bàn giao.",
      [["Số nhà tạm, nhà dột nát được xóa", "căn", 0, 1450, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "BACKLOG",
      "Xử lý vi phạm trật tự xây dựng đô thị tồn đọng",
      "Lập lại trật tự xây dựng tại các phường, khu đô thị mới.",
      "Quyết định xử lý; công trình vi phạm được tháo dỡ hoặc hợp thức theo quy định.",
      [["Số công trình vi phạm trật tự xây dựng chưa xử lý", "công trình", 97, 15, "DECREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "NEW",
      "Lập quy hoạch chung các đô thị sau sắp xếp đơn vị hành chính",
      "Định hướng phát triển không gian đô thị thống nhất.",
      "Đồ án quy hoạch chung được phê duyệt.",
      [["Số đồ án quy hoạch chung được phê duyệt", "đồ án", 2, 8, "INCREASE"]],
    ),
  ],
  yte: [
    t(
      "HEALTH",
      "HARD",
      "Giảm quá tải bệnh viện tuyến tỉnh thông qua củng cố y tế cơ sở",
      "Người dân được khám, chữa bệnh ban đầu có chất lượng ngay tại xã, phường.",
      "Trạm y tế có bác sĩ; công suất giường bệnh tuyến tỉnh giảm.",
      [
        ["Công suất sử dụng giường bệnh tuyến tỉnh", "%", 128, 100, "DECREASE"],
        ["Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", 74, 95, "INCREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Triển khai bệnh án điện tử tại các bệnh viện công lập",
      "Thay thế bệnh án giấy, liên thông dữ liệu khám, chữa bệnh.",
      "Bệnh viện được công nhận triển khai bệnh án điện tử.",
      [["Số bệnh viện triển khai bệnh án điện tử", "bệnh viện", 2, 9, "INCREASE"]],
    ),
    t(
      "HEALTH",
      "HARD",
      "Nâng tỷ lệ dân số tham gia bảo hiểm y tế",
      "Tiến tới bảo hiểm y tế toàn dân.",
      "Báo cáo tỷ lệ bao phủ bảo hiểm y tế.",
      [["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 92.6, 95, "INCREASE"]],
    ),
    t(
      "HEALTH",
      "NEW",
      "Quản lý sức khỏe người dân bằng hồ sơ sức khỏe điện tử",
      "Mỗi người dân có hồ sơ sức khỏe điện tử, tích hợp trên VNeID.",
      "Hồ sơ sức khỏe điện tử được lập và cập nhật.",
      [["Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", 61, 90, "INCREASE"]],
    ),
    t(
      "HEALTH",
      "URGENT_GRIEVANCE",
      "Kiểm soát an toàn thực phẩm tại bếp ăn tập thể trường học, khu công nghiệp",
      "Không để xảy ra ngộ độc thực phẩm tập thể.",
      "Kết quả kiểm tra, giám sát bếp ăn tập thể.",
      [
        ["Số vụ ngộ độc thực phẩm tập thể", "vụ", 4, 0, "DECREASE"],
        ["Tỷ lệ bếp ăn tập thể được kiểm tra", "%", 45, 100, "INCREASE"],
      ],
    ),
  ],
  bvdk: [
    t(
      "HEALTH",
      "NEW",
      "Phát triển kỹ thuật can thiệp tim mạch, đột quỵ tại bệnh viện tỉnh",
      "Người bệnh được điều trị kỹ thuật cao tại tỉnh, giảm chuyển tuyến.",
      "Kỹ thuật mới được Sở Y tế phê duyệt và thực hiện thường quy.",
      [
        ["Số kỹ thuật chuyên sâu mới được triển khai", "kỹ thuật", 0, 12, "INCREASE"],
        ["Tỷ lệ chuyển tuyến trung ương", "%", 6.5, 3.5, "DECREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Thanh toán viện phí không dùng tiền mặt",
      "Giảm thời gian chờ đợi, minh bạch chi phí khám, chữa bệnh.",
      "Hệ thống thanh toán điện tử kết nối ngân hàng.",
      [["Tỷ lệ viện phí thanh toán không dùng tiền mặt", "%", 35, 80, "INCREASE"]],
    ),
    t(
      "HEALTH",
      "HARD",
      "Nâng mức độ hài lòng của người bệnh nội trú",
      "Đổi mới phong cách, thái độ phục vụ của nhân viên y tế.",
      "Kết quả khảo sát hài lòng người bệnh.",
      [["Tỷ lệ hài lòng của người bệnh nội trú", "%", 86, 95, "INCREASE"]],
    ),
  ],
  gddt: [
    t(
      "EDUCATION",
      "URGENT_GRIEVANCE",
      "Xóa phòng học tạm, phòng học mượn tại các điểm trường vùng khó khăn",
      "Bảo đảm học sinh vùng cao được học tập trong phòng học kiên cố.",
      "Phòng học kiên cố được xây dựng, đưa vào sử dụng.",
      [["Số phòng học tạm, phòng học mượn", "phòng", 168, 20, "DECREASE"]],
    ),
    t(
      "EDUCATION",
      "HARD",
      "Nâng tỷ lệ trường đạt chuẩn quốc gia",
      "Nâng chất lượng cơ sở vật chất và đội ngũ giáo viên.",
      "Quyết định công nhận trường đạt chuẩn quốc gia.",
      [["Tỷ lệ trường đạt chuẩn quốc gia", "%", 68, 75, "INCREASE"]],
    ),
    t(
      "EDUCATION",
      "NEW",
      "Triển khai giáo dục STEM và tiếng Anh trong trường phổ thông",
      "Hình thành năng lực số, ngoại ngữ cho học sinh.",
      "Trường triển khai giáo dục STEM; phòng học ngoại ngữ.",
      [["Số trường triển khai giáo dục STEM", "trường", 45, 150, "INCREASE"]],
    ),
    t(
      "EDUCATION",
      "HARD",
      "Sắp xếp mạng lưới trường, lớp phù hợp đơn vị hành chính mới",
      "Giảm điểm trường lẻ, tập trung nguồn lực nâng chất lượng dạy học.",
      "Quyết định sáp nhập điểm trường; phương án đưa đón học sinh.",
      [["Số điểm trường lẻ được sáp nhập", "điểm trường", 0, 60, "INCREASE"]],
    ),
    t(
      "EDUCATION",
      "NEW",
      "Nâng chất lượng giáo dục mũi nhọn",
      "Tăng số giải học sinh giỏi quốc gia.",
      "Đội tuyển học sinh giỏi quốc gia; kết quả thi.",
      [["Số giải học sinh giỏi quốc gia", "giải", 21, 30, "INCREASE"]],
    ),
  ],
  vhttdl: [
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa dân tộc",
      "Đưa du lịch trở thành ngành kinh tế quan trọng, tạo sinh kế cho đồng bào.",
      "Làng văn hóa du lịch cộng đồng; homestay đạt chuẩn.",
      [
        ["Lượt khách du lịch", "nghìn lượt", 2100, 2800, "INCREASE"],
        ["Số homestay đạt chuẩn phục vụ khách du lịch", "cơ sở", 64, 120, "INCREASE"],
      ],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Bảo tồn, phục dựng lễ hội truyền thống và di sản văn hóa phi vật thể",
      "Gìn giữ giá trị văn hóa của các dân tộc Tày, Dao, Mông, Cao Lan.",
      "Hồ sơ di sản trình Bộ Văn hóa, Thể thao và Du lịch.",
      [["Số hồ sơ di sản văn hóa phi vật thể được lập, trình công nhận", "hồ sơ", 0, 3, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "BACKLOG",
      "Tu bổ, tôn tạo các di tích lịch sử xuống cấp",
      "Ngăn chặn tình trạng xuống cấp di tích đã xếp hạng.",
      "Di tích được tu bổ, tôn tạo hoàn thành.",
      [["Số di tích được tu bổ, tôn tạo hoàn thành", "di tích", 0, 5, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Xây dựng thiết chế văn hóa, thể thao cơ sở sau sắp xếp",
      "Bảo đảm nhu cầu hưởng thụ văn hóa, luyện tập thể thao của người dân.",
      "Trung tâm văn hóa – thể thao xã, phường đạt chuẩn.",
      [["Tỷ lệ xã, phường có trung tâm văn hóa – thể thao đạt chuẩn", "%", 55, 75, "INCREASE"]],
    ),
  ],
  khcn: [
    t(
      "ECONOMY",
      "NEW",
      "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo",
      "Hỗ trợ dự án khởi nghiệp từ nông sản đặc sản, du lịch, công nghệ số.",
      "Dự án khởi nghiệp được hỗ trợ; không gian khởi nghiệp.",
      [["Số dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ", "dự án", 12, 30, "INCREASE"]],
    ),
    t(
      "AGRICULTURE",
      "NEW",
      "Xây dựng chỉ dẫn địa lý, nhãn hiệu chứng nhận cho đặc sản địa phương",
      "Nâng giá trị và bảo hộ thương hiệu đặc sản của tỉnh.",
      "Giấy chứng nhận chỉ dẫn địa lý, nhãn hiệu chứng nhận.",
      [["Số sản phẩm được cấp chỉ dẫn địa lý, nhãn hiệu chứng nhận", "sản phẩm", 3, 6, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "HARD",
      "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết 57",
      "Khoa học, công nghệ và chuyển đổi số trở thành động lực tăng trưởng của tỉnh.",
      "Nhiệm vụ khoa học được ứng dụng; chi ngân sách cho khoa học, công nghệ tăng.",
      [
        ["Tỷ lệ chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo", "%", 0.8, 2, "INCREASE"],
        ["Số nhiệm vụ khoa học được ứng dụng vào thực tiễn", "nhiệm vụ", 10, 25, "INCREASE"],
      ],
    ),
    t(
      "INFRASTRUCTURE",
      "URGENT_GRIEVANCE",
      "Phủ sóng di động đến thôn, bản vùng sâu, vùng xa",
      "Xóa “vùng lõm” sóng di động, bảo đảm người dân tiếp cận dịch vụ số.",
      "Trạm phát sóng được lắp đặt.",
      [["Số thôn, bản chưa có sóng di động", "thôn, bản", 47, 0, "DECREASE"]],
    ),
  ],
  congthuong: [
    t(
      "ECONOMY",
      "NEW",
      "Xây dựng Thương hiệu quốc gia cho sản phẩm công nghiệp chủ lực của tỉnh",
      "Nâng sức cạnh tranh của sản phẩm giấy, gỗ chế biến trên thị trường trong nước và xuất khẩu.",
      "Sản phẩm được công nhận Thương hiệu quốc gia Việt Nam.",
      [["Số sản phẩm đạt Thương hiệu quốc gia Việt Nam", "sản phẩm", 0, 2, "INCREASE", 11]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Đưa sản phẩm OCOP lên sàn thương mại điện tử",
      "Mở rộng thị trường tiêu thụ nông sản, đặc sản của tỉnh.",
      "Gian hàng trực tuyến; sản phẩm OCOP được bán trên sàn.",
      [["Số sản phẩm OCOP được bán trên sàn thương mại điện tử", "sản phẩm", 80, 200, "INCREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "HARD",
      "Hoàn thiện hạ tầng các cụm công nghiệp",
      "Tạo quỹ đất sạch thu hút đầu tư thứ cấp.",
      "Cụm công nghiệp hoàn thành hạ tầng, có nhà đầu tư thứ cấp.",
      [
        ["Số cụm công nghiệp hoàn thành hạ tầng", "cụm", 2, 5, "INCREASE"],
        ["Tỷ lệ lấp đầy các cụm công nghiệp", "%", 41, 60, "INCREASE"],
      ],
    ),
    t(
      "INFRASTRUCTURE",
      "URGENT_GRIEVANCE",
      "Cấp điện lưới quốc gia cho thôn, bản chưa có điện",
      "Bảo đảm 100% hộ dân được sử dụng điện lưới quốc gia.",
      "Công trình điện được đóng điện, bàn giao.",
      [["Số hộ được cấp điện lưới quốc gia", "hộ", 0, 1850, "INCREASE"]],
    ),
  ],
  noivu: [
    t(
      "ADMIN_REFORM",
      "HARD",
      "Hoàn thành sắp xếp, tinh gọn đơn vị sự nghiệp công lập",
      "Giảm đầu mối, nâng cao hiệu quả hoạt động của đơn vị sự nghiệp.",
      "Quyết định sắp xếp đơn vị sự nghiệp công lập.",
      [["Số đơn vị sự nghiệp công lập giảm", "đơn vị", 0, 48, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "URGENT_GRIEVANCE",
      "Giải quyết chế độ cho cán bộ, công chức nghỉ việc do sắp xếp bộ máy",
      "Chi trả đầy đủ, kịp thời chế độ theo Nghị định 178/2024/NĐ-CP.",
      "Quyết định giải quyết chế độ; chứng từ chi trả.",
      [
        ["Tỷ lệ hồ sơ được giải quyết đúng hạn", "%", 76, 100, "INCREASE"],
        ["Số người được chi trả chế độ", "người", 0, 1320, "INCREASE"],
      ],
    ),
    t(
      "ADMIN_REFORM",
      "HARD",
      "Nâng Chỉ số cải cách hành chính (PAR INDEX) của tỉnh",
      "Cải thiện các chỉ số thành phần về cải cách thể chế, chế độ công vụ.",
      "Kết quả xếp hạng PAR INDEX.",
      [["Thứ hạng PAR INDEX toàn quốc", "bậc", 31, 20, "DECREASE"]],
    ),
    t(
      "ECONOMY",
      "HARD",
      "Tạo việc làm mới và đưa lao động đi làm việc ở nước ngoài",
      "Giải quyết việc làm, tăng thu nhập cho lao động nông thôn.",
      "Lao động được tạo việc làm; hợp đồng đi làm việc ở nước ngoài.",
      [
        ["Số lao động được tạo việc làm mới", "lao động", 16000, 19000, "INCREASE"],
        ["Số lao động đi làm việc ở nước ngoài theo hợp đồng", "lao động", 1300, 2000, "INCREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa hồ sơ cán bộ, công chức, viên chức",
      "Quản lý đội ngũ trên cơ sở dữ liệu thống nhất, kết nối với cơ sở dữ liệu quốc gia.",
      "Cơ sở dữ liệu cán bộ, công chức, viên chức được cập nhật đầy đủ.",
      [["Tỷ lệ hồ sơ cán bộ, công chức, viên chức được số hóa", "%", 40, 100, "INCREASE"]],
    ),
  ],
  tuphap: [
    t(
      "ADMIN_REFORM",
      "NEW",
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật sau hợp nhất",
      "Loại bỏ văn bản chồng chéo, mâu thuẫn giữa các địa bàn trước hợp nhất.",
      "Danh mục văn bản hết hiệu lực, cần thay thế được công bố.",
      [["Số văn bản quy phạm pháp luật được rà soát, hệ thống hóa", "văn bản", 0, 420, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Trợ giúp pháp lý cho người dân tộc thiểu số, người nghèo",
      "Bảo đảm quyền tiếp cận công lý của người yếu thế.",
      "Vụ việc trợ giúp pháp lý được thực hiện.",
      [["Số vụ việc trợ giúp pháp lý", "vụ việc", 380, 600, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Cấp phiếu lý lịch tư pháp trực tuyến trên VNeID",
      "Người dân không phải đến cơ quan nhà nước để xin phiếu lý lịch tư pháp.",
      "Phiếu lý lịch tư pháp điện tử.",
      [["Tỷ lệ phiếu lý lịch tư pháp cấp trực tuyến", "%", 30, 70, "INCREASE"]],
    ),
  ],
  dttg: [
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Giảm tỷ lệ hộ nghèo đa chiều vùng đồng bào dân tộc thiểu số",
      "Giảm nghèo bền vững, hạn chế tái nghèo.",
      "Kết quả rà soát hộ nghèo cuối năm.",
      [["Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", "%", 14.8, 11.5, "DECREASE"]],
    ),
    t(
      "LAND",
      "URGENT_GRIEVANCE",
      "Giải quyết đất ở, đất sản xuất cho hộ đồng bào dân tộc thiểu số thiếu đất",
      "Ổn định đời sống, hạn chế di cư tự do.",
      "Hộ được hỗ trợ đất ở, đất sản xuất hoặc chuyển đổi nghề.",
      [["Số hộ được hỗ trợ đất ở, đất sản xuất", "hộ", 0, 640, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "BACKLOG",
      "Giải quyết dứt điểm các vụ việc tôn giáo phức tạp",
      "Bảo đảm quyền tự do tín ngưỡng, tôn giáo theo pháp luật; giữ ổn định tình hình.",
      "Văn bản giải quyết từng vụ việc.",
      [["Số vụ việc tôn giáo phức tạp chưa được giải quyết", "vụ việc", 9, 1, "DECREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Hạn chế tảo hôn và hôn nhân cận huyết thống",
      "Nâng cao chất lượng dân số vùng đồng bào dân tộc thiểu số.",
      "Báo cáo kết quả tuyên truyền, can thiệp.",
      [["Số cặp tảo hôn", "cặp", 86, 30, "DECREASE"]],
    ),
  ],
  thanhtra: [
    t(
      "PETITIONS",
      "BACKLOG",
      "Giải quyết dứt điểm khiếu nại, tố cáo tồn đọng, kéo dài",
      "Không để phát sinh khiếu kiện đông người, vượt cấp.",
      "Quyết định, kết luận giải quyết; văn bản kết thúc vụ việc.",
      [
        ["Số vụ việc khiếu nại, tố cáo tồn đọng", "vụ việc", 64, 10, "DECREASE"],
        ["Tỷ lệ vụ việc giải quyết đúng thời hạn", "%", 84, 95, "INCREASE"],
      ],
    ),
    t(
      "LAND",
      "HARD",
      "Thanh tra chuyên đề quản lý đất đai, đầu tư xây dựng",
      "Phát hiện, xử lý sai phạm, kiến nghị hoàn thiện cơ chế quản lý.",
      "Kết luận thanh tra; kiến nghị thu hồi.",
      [
        ["Số cuộc thanh tra chuyên đề", "cuộc", 8, 15, "INCREASE"],
        ["Tỷ lệ kiến nghị thu hồi được thực hiện", "%", 60, 90, "INCREASE"],
      ],
    ),
    t(
      "ADMIN_REFORM",
      "BACKLOG",
      "Đôn đốc thực hiện các kết luận thanh tra tồn đọng",
      "Bảo đảm hiệu lực của kết luận thanh tra.",
      "Báo cáo kết quả đôn đốc.",
      [["Số kết luận thanh tra chưa thực hiện xong", "kết luận", 41, 10, "DECREASE"]],
    ),
    t(
      "PETITIONS",
      "NEW",
      "Tiếp công dân trực tuyến giữa tỉnh và các xã, phường",
      "Người dân vùng xa được trình bày trực tiếp với lãnh đạo tỉnh mà không phải đi lại.",
      "Điểm tiếp công dân trực tuyến vận hành.",
      [["Số điểm tiếp công dân trực tuyến", "điểm", 1, 40, "INCREASE"]],
    ),
  ],
  bqlkcn: [
    t(
      "LAND",
      "HARD",
      "Giải phóng mặt bằng mở rộng Khu công nghiệp phía Nam",
      "Có quỹ đất sạch đón nhà đầu tư lớn.",
      "Diện tích đất được bàn giao cho chủ đầu tư hạ tầng.",
      [["Diện tích đất được giải phóng mặt bằng", "ha", 0, 180, "INCREASE"]],
    ),
    t(
      "ECONOMY",
      "NEW",
      "Thu hút dự án FDI công nghệ cao, thân thiện môi trường",
      "Chuyển dịch cơ cấu đầu tư theo hướng chất lượng.",
      "Giấy chứng nhận đăng ký đầu tư.",
      [["Vốn FDI đăng ký mới", "triệu USD", 150, 400, "INCREASE"]],
    ),
    t(
      "ENVIRONMENT",
      "URGENT_GRIEVANCE",
      "Hoàn thiện hệ thống xử lý nước thải tập trung các khu công nghiệp",
      "Chấm dứt tình trạng xả thải gây bức xúc cho dân cư xung quanh.",
      "Nhà máy xử lý nước thải hoạt động, có quan trắc tự động.",
      [["Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn", "%", 50, 100, "INCREASE"]],
    ),
  ],
  congan: [
    t(
      "PUBLIC_ORDER",
      "HARD",
      "Kiềm chế, kéo giảm tội phạm và tệ nạn ma túy",
      "Triệt xóa các tụ điểm, đường dây mua bán ma túy; giảm số xã, phường trọng điểm.",
      "Chuyên án được phá; địa bàn trọng điểm được chuyển hóa.",
      [
        ["Số vụ phạm tội về ma túy bị phát hiện, xử lý", "vụ", 420, 520, "INCREASE"],
        ["Số xã, phường trọng điểm về ma túy", "xã, phường", 9, 3, "DECREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "HARD",
      "Làm sạch dữ liệu dân cư, kích hoạt định danh điện tử mức độ 2",
      "Dữ liệu dân cư “đúng, đủ, sạch, sống” phục vụ chuyển đổi số.",
      "Tài khoản định danh điện tử được kích hoạt.",
      [["Tỷ lệ công dân đủ điều kiện được kích hoạt định danh điện tử mức độ 2", "%", 72, 95, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "HARD",
      "Kéo giảm tai nạn giao thông trên cả ba tiêu chí",
      "Giảm số vụ, số người chết, số người bị thương do tai nạn giao thông.",
      "Báo cáo tình hình trật tự an toàn giao thông.",
      [["Số người chết do tai nạn giao thông", "người", 146, 130, "DECREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "URGENT_GRIEVANCE",
      "Triệt phá hoạt động “tín dụng đen”, cho vay nặng lãi",
      "Bảo vệ người dân khỏi các hoạt động cho vay nặng lãi, đòi nợ trái pháp luật.",
      "Chuyên án, vụ việc được triệt phá, xử lý.",
      [["Số vụ cho vay nặng lãi được triệt phá", "vụ", 12, 25, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "NEW",
      "Củng cố lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
      "Mỗi thôn, tổ dân phố có lực lượng nòng cốt giữ gìn an ninh, trật tự.",
      "Tổ bảo vệ an ninh, trật tự được kiện toàn, tập huấn.",
      [["Tỷ lệ thôn, tổ dân phố có tổ bảo vệ an ninh, trật tự hoạt động hiệu quả", "%", 80, 100, "INCREASE"]],
    ),
  ],
  mttq: [
    t(
      "CULTURE_SOCIETY",
      "URGENT_GRIEVANCE",
      "Vận động Quỹ “Vì người nghèo”, hỗ trợ xây nhà Đại đoàn kết",
      "Huy động nguồn lực xã hội chăm lo cho hộ nghèo, gia đình chính sách.",
      "Nhà Đại đoàn kết được bàn giao; quỹ được công khai.",
      [
        ["Số tiền vận động Quỹ “Vì người nghèo”", "tỷ đồng", 42, 60, "INCREASE"],
        ["Số nhà Đại đoàn kết được xây mới, sửa chữa", "căn", 310, 500, "INCREASE"],
      ],
    ),
    t(
      "PETITIONS",
      "NEW",
      "Giám sát, phản biện xã hội các dự án đầu tư có thu hồi đất",
      "Bảo đảm quyền lợi hợp pháp của người dân bị thu hồi đất.",
      "Báo cáo giám sát; văn bản phản biện.",
      [["Số cuộc giám sát, phản biện xã hội", "cuộc", 12, 24, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Kiện toàn bộ máy Mặt trận và các tổ chức chính trị - xã hội sau hợp nhất",
      "Bộ máy tinh gọn, hoạt động hiệu quả đến thôn, tổ dân phố.",
      "Ban công tác Mặt trận ở khu dân cư được kiện toàn.",
      [["Tỷ lệ ban công tác Mặt trận ở thôn, tổ dân phố được kiện toàn", "%", 60, 100, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
      "Người có uy tín làm cầu nối giữa cấp ủy, chính quyền với nhân dân.",
      "Người có uy tín được tập huấn, tham gia hòa giải ở cơ sở.",
      [["Số người có uy tín được tập huấn, phát huy vai trò", "người", 250, 600, "INCREASE"]],
    ),
  ],
  tinhdoan: [
    t(
      "ECONOMY",
      "NEW",
      "Hỗ trợ thanh niên khởi nghiệp, lập nghiệp",
      "Thanh niên nông thôn có vốn, kỹ năng phát triển kinh tế tại quê hương.",
      "Dự án thanh niên khởi nghiệp được hỗ trợ vốn.",
      [["Số dự án thanh niên khởi nghiệp được hỗ trợ vốn", "dự án", 25, 60, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Tổ công nghệ số cộng đồng do đoàn viên thanh niên làm nòng cốt",
      "Hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh toán số.",
      "Tổ công nghệ số cộng đồng hoạt động ở thôn, tổ dân phố.",
      [["Số tổ công nghệ số cộng đồng do đoàn viên làm nòng cốt", "tổ", 120, 300, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
      "Tạo nguồn đảng viên trẻ.",
      "Đoàn viên ưu tú được kết nạp Đảng.",
      [["Số đoàn viên ưu tú được kết nạp Đảng", "đoàn viên", 800, 1100, "INCREASE"]],
    ),
  ],
  lhpn: [
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế, giảm nghèo",
      "Phụ nữ làm chủ hộ nghèo có sinh kế bền vững.",
      "Hộ nghèo do phụ nữ làm chủ thoát nghèo.",
      [["Số hộ nghèo do phụ nữ làm chủ được hỗ trợ thoát nghèo", "hộ", 0, 450, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "NEW",
      "Phòng, chống bạo lực gia đình, mua bán người",
      "Hỗ trợ kịp thời nạn nhân, ngăn chặn mua bán phụ nữ, trẻ em qua biên giới.",
      "Địa chỉ tin cậy, nhà tạm lánh tại cộng đồng.",
      [["Số địa chỉ tin cậy, nhà tạm lánh tại cộng đồng", "địa chỉ", 60, 120, "INCREASE"]],
    ),
  ],
  hnd: [
    t(
      "AGRICULTURE",
      "NEW",
      "Xây dựng chuỗi liên kết sản xuất nông sản an toàn do nông dân làm chủ",
      "Nâng giá trị nông sản, ổn định đầu ra cho nông dân.",
      "Chuỗi liên kết, hợp tác xã được thành lập.",
      [["Số chuỗi liên kết sản xuất – tiêu thụ được thành lập", "chuỗi", 18, 40, "INCREASE"]],
    ),
    t(
      "ECONOMY",
      "HARD",
      "Giải ngân hiệu quả Quỹ Hỗ trợ nông dân",
      "Vốn đến đúng đối tượng, sử dụng đúng mục đích, thu hồi đúng hạn.",
      "Báo cáo dư nợ, kết quả sử dụng vốn.",
      [["Dư nợ Quỹ Hỗ trợ nông dân", "tỷ đồng", 48, 70, "INCREASE"]],
    ),
  ],
  ldld: [
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Xây dựng thiết chế công đoàn, nhà ở cho công nhân khu công nghiệp",
      "Chăm lo đời sống vật chất, tinh thần cho người lao động.",
      "Thiết chế công đoàn; công nhân được hỗ trợ nhà ở.",
      [["Số công nhân được hỗ trợ nhà ở", "công nhân", 0, 1200, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước",
      "Đại diện, bảo vệ quyền lợi hợp pháp của người lao động.",
      "Công đoàn cơ sở được thành lập mới.",
      [["Số đoàn viên công đoàn phát triển mới", "đoàn viên", 2500, 4000, "INCREASE"]],
    ),
  ],
  commune: [
    t(
      "AGRICULTURE",
      "HARD",
      "Xây dựng {xa} đạt chuẩn nông thôn mới nâng cao",
      "Hoàn thành các tiêu chí còn thiếu sau sắp xếp đơn vị hành chính.",
      "Hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao.",
      [["Số tiêu chí nông thôn mới nâng cao đạt chuẩn", "tiêu chí", 14, 19, "INCREASE"]],
      { only: "xa" },
    ),
    t(
      "INFRASTRUCTURE",
      "HARD",
      "Chỉnh trang đô thị, xây dựng tuyến phố văn minh trên địa bàn {xa}",
      "Xây dựng đô thị xanh, sạch, đẹp, văn minh.",
      "Tuyến phố được công nhận đạt chuẩn văn minh đô thị.",
      [["Số tuyến phố đạt chuẩn văn minh đô thị", "tuyến phố", 3, 8, "INCREASE"]],
      { only: "phuong" },
    ),
    t(
      "LAND",
      "BACKLOG",
      "Giải quyết dứt điểm tranh chấp, khiếu nại đất đai tồn đọng trên địa bàn {xa}",
      "Không để vụ việc kéo dài, vượt cấp; giữ ổn định tình hình cơ sở.",
      "Biên bản hòa giải thành; quyết định giải quyết.",
      [["Số vụ tranh chấp, khiếu nại đất đai tồn đọng", "vụ", 23, 3, "DECREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "NEW",
      "Vận động nhân dân hiến đất, cứng hóa đường giao thông nông thôn {xa}",
      "Hoàn thiện mạng lưới giao thông liên thôn theo phương châm “Nhà nước và nhân dân cùng làm”.",
      "Các tuyến đường được cứng hóa, bàn giao sử dụng.",
      [
        ["Chiều dài đường giao thông được cứng hóa", "km", 0, 12, "INCREASE"],
        ["Diện tích đất nhân dân hiến", "m²", 0, 8000, "INCREASE"],
      ],
      { only: "xa" },
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Giảm nghèo bền vững trên địa bàn {xa}",
      "Giảm tỷ lệ hộ nghèo, không để tái nghèo.",
      "Kết quả rà soát hộ nghèo; mô hình sinh kế.",
      [["Tỷ lệ hộ nghèo", "%", 9.8, 6.5, "DECREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Sáp nhập thôn, tổ dân phố chưa đủ tiêu chuẩn; kiện toàn chi bộ",
      "Tinh gọn tổ chức ở khu dân cư, nâng cao năng lực lãnh đạo của chi bộ.",
      "Nghị quyết sáp nhập; chi bộ được kiện toàn.",
      [["Số thôn, tổ dân phố được sáp nhập", "thôn, tổ dân phố", 0, 9, "INCREASE"]],
    ),
    t(
      "ADMIN_REFORM",
      "NEW",
      "Nâng tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến tại {xa}",
      "Người dân làm thủ tục thuận lợi, không phải đi lại nhiều lần.",
      "Hồ sơ được tiếp nhận, giải quyết trực tuyến đúng hạn.",
      [
        ["Tỷ lệ hồ sơ trực tuyến toàn trình", "%", 35, 75, "INCREASE"],
        ["Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 91, 99, "INCREASE"],
      ],
    ),
    t(
      "AGRICULTURE",
      "NEW",
      "Phát triển vùng chè hữu cơ và sản phẩm OCOP của {xa}",
      "Nâng giá trị cây chè, tạo thương hiệu cho sản phẩm địa phương.",
      "Vùng chè hữu cơ; sản phẩm OCOP được công nhận.",
      [
        ["Diện tích chè đạt chứng nhận hữu cơ", "ha", 20, 60, "INCREASE"],
        ["Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", 1, 4, "INCREASE"],
      ],
      { only: "xa" },
    ),
    t(
      "ENVIRONMENT",
      "URGENT_GRIEVANCE",
      "Xử lý rác thải, cải thiện vệ sinh môi trường khu dân cư {xa}",
      "Chấm dứt tình trạng đổ rác tự phát gây bức xúc trong nhân dân.",
      "Điểm tập kết rác tự phát được xóa; hợp đồng thu gom rác.",
      [
        ["Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "%", 65, 95, "INCREASE"],
        ["Số điểm tập kết rác tự phát", "điểm", 27, 0, "DECREASE"],
      ],
    ),
    t(
      "PUBLIC_ORDER",
      "HARD",
      "Xây dựng {xa} không ma túy",
      "Giảm người nghiện ngoài cộng đồng, triệt xóa điểm bán lẻ ma túy.",
      "Quyết định công nhận xã, phường không ma túy.",
      [["Số người nghiện ma túy ngoài cộng đồng", "người", 41, 15, "DECREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Nâng cao chất lượng tổ chức cơ sở đảng và đảng viên",
      "Khắc phục tình trạng chi bộ yếu kém, thôn chưa có đảng viên.",
      "Đảng viên mới được kết nạp; chi bộ được đánh giá hoàn thành tốt nhiệm vụ.",
      [
        ["Số đảng viên mới được kết nạp", "đảng viên", 18, 35, "INCREASE"],
        ["Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên", "%", 78, 90, "INCREASE"],
      ],
    ),
    t(
      "PUBLIC_ORDER",
      "BACKLOG",
      "Xử lý lấn chiếm vỉa hè, hành lang an toàn giao thông trên địa bàn {xa}",
      "Lập lại trật tự đô thị, bảo đảm an toàn giao thông.",
      "Các trường hợp lấn chiếm được xử lý, giải tỏa.",
      [["Số trường hợp lấn chiếm chưa xử lý", "trường hợp", 64, 5, "DECREASE"]],
      { only: "phuong" },
    ),
    t(
      "LAND",
      "HARD",
      "Hoàn thành giải phóng mặt bằng dự án trọng điểm trên địa bàn {xa}",
      "Bàn giao mặt bằng đúng tiến độ tỉnh giao.",
      "Biên bản bàn giao mặt bằng.",
      [["Tỷ lệ diện tích mặt bằng được bàn giao", "%", 35, 100, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Phổ cập thanh toán không dùng tiền mặt cho người dân {xa}",
      "Người dân sử dụng thành thạo dịch vụ số, thanh toán điện tử.",
      "Người trưởng thành có tài khoản thanh toán; chợ, cửa hàng chấp nhận thanh toán số.",
      [["Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử", "%", 52, 80, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Phát triển du lịch cộng đồng trên địa bàn {xa}",
      "Khai thác bản sắc văn hóa, cảnh quan tạo sinh kế cho người dân.",
      "Homestay, điểm du lịch cộng đồng đón khách.",
      [["Lượt khách du lịch", "lượt", 3500, 8000, "INCREASE"]],
      { only: "xa" },
    ),
    t(
      "ECONOMY",
      "HARD",
      "Thu ngân sách nhà nước trên địa bàn {xa} vượt dự toán",
      "Khai thác nguồn thu, chống thất thu, thu hồi nợ đọng.",
      "Báo cáo thu ngân sách.",
      [["Thu ngân sách trên địa bàn", "tỷ đồng", 18.5, 24, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "URGENT_GRIEVANCE",
      "Giải quyết đơn thư, kiến nghị của công dân ngay tại cơ sở",
      "Không để đơn thư vượt cấp lên tỉnh.",
      "Sổ theo dõi, văn bản trả lời công dân.",
      [["Tỷ lệ đơn thư được giải quyết tại cơ sở", "%", 72, 95, "INCREASE"]],
    ),
  ],
  "cx-ubnd": [
    t(
      "AGRICULTURE",
      "NEW",
      "Xây dựng tổ sản xuất cam, chanh theo tiêu chuẩn VietGAP",
      "Chuyển đổi thói quen sản xuất cũ, nâng giá trị cây ăn quả chủ lực của {xa}.",
      "Tổ sản xuất VietGAP; diện tích cam, chanh được chứng nhận.",
      [
        ["Diện tích chanh sản xuất theo VietGAP", "ha", 0, 35, "INCREASE"],
        ["Diện tích cam sành sản xuất theo VietGAP", "ha", 20, 65, "INCREASE"],
      ],
      { only: "xa" },
    ),
    t(
      "LAND",
      "BACKLOG",
      "Hoàn thành cấp giấy chứng nhận quyền sử dụng đất cho các hộ đủ điều kiện",
      "Giải quyết dứt điểm hồ sơ tồn đọng tại {xa}.",
      "Giấy chứng nhận được trao cho người dân.",
      [["Số giấy chứng nhận quyền sử dụng đất được cấp", "giấy chứng nhận", 0, 180, "INCREASE"]],
    ),
    t(
      "ECONOMY",
      "BACKLOG",
      "Thu hồi nợ thuế, nợ tiền sử dụng đất tồn đọng",
      "Tăng thu ngân sách, bảo đảm công bằng giữa người nộp thuế.",
      "Danh sách nợ đọng được công khai; tiền nợ được thu hồi.",
      [["Số tiền nợ đọng được thu hồi", "triệu đồng", 0, 2800, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Chi trả trợ cấp xã hội không dùng tiền mặt",
      "Chi trả đúng, đủ, kịp thời, minh bạch cho đối tượng bảo trợ xã hội.",
      "Đối tượng nhận trợ cấp qua tài khoản.",
      [["Tỷ lệ đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản", "%", 40, 95, "INCREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "BACKLOG",
      "Chỉnh trang hạ tầng khu dân cư, hoàn thiện hệ thống thoát nước",
      "Chấm dứt tình trạng ngập úng cục bộ khi mưa lớn tại {xa}.",
      "Tuyến cống thoát nước được cải tạo.",
      [
        ["Chiều dài cống thoát nước được cải tạo", "m", 0, 2400, "INCREASE"],
        ["Số điểm ngập úng cục bộ", "điểm", 9, 1, "DECREASE"],
      ],
      { only: "phuong" },
    ),
    t(
      "EDUCATION",
      "HARD",
      "Huy động trẻ đến trường, chống bỏ học giữa chừng",
      "Bảo đảm quyền học tập của trẻ em vùng khó khăn.",
      "Danh sách học sinh có nguy cơ bỏ học được theo dõi, hỗ trợ.",
      [["Tỷ lệ học sinh bỏ học", "%", 1.6, 0.3, "DECREASE"]],
    ),
  ],
  "cx-hdnd": [
    t(
      "PETITIONS",
      "NEW",
      "Giám sát việc giải quyết kiến nghị cử tri của {xa}",
      "Kiến nghị của cử tri được trả lời, giải quyết dứt điểm.",
      "Báo cáo giám sát trình kỳ họp HĐND.",
      [["Tỷ lệ kiến nghị cử tri được giải quyết", "%", 70, 95, "INCREASE"]],
    ),
    t(
      "LAND",
      "HARD",
      "Giám sát việc quản lý, sử dụng đất công trên địa bàn {xa}",
      "Phát hiện, kiến nghị xử lý việc sử dụng đất công sai mục đích.",
      "Báo cáo giám sát; kiến nghị xử lý.",
      [["Số khu đất công được rà soát", "khu đất", 0, 45, "INCREASE"]],
    ),
  ],
  "cx-dang": [
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa hồ sơ đảng viên của Đảng bộ {xa}",
      "Quản lý đảng viên trên cơ sở dữ liệu thống nhất.",
      "Hồ sơ đảng viên được số hóa, cập nhật.",
      [["Tỷ lệ hồ sơ đảng viên được số hóa", "%", 20, 100, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "HARD",
      "Xóa thôn, tổ dân phố nhiều năm không kết nạp được đảng viên",
      "Tạo nguồn, bồi dưỡng quần chúng ưu tú ở khu dân cư khó khăn.",
      "Đảng viên mới được kết nạp ở các thôn, tổ dân phố.",
      [["Số thôn, tổ dân phố 2 năm liền không kết nạp được đảng viên", "thôn, tổ dân phố", 5, 0, "DECREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Kiểm tra, giám sát các chi bộ trực thuộc theo chuyên đề",
      "Phát hiện sớm, chấn chỉnh kịp thời hạn chế của chi bộ.",
      "Thông báo kết luận kiểm tra, giám sát.",
      [["Số chi bộ được kiểm tra, giám sát", "chi bộ", 8, 20, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "BACKLOG",
      "Giải quyết đơn thư liên quan đến đảng viên đúng thời hạn",
      "Không để tồn đọng đơn thư liên quan đến đảng viên.",
      "Kết luận giải quyết đơn thư.",
      [["Tỷ lệ đơn thư được giải quyết đúng hạn", "%", 85, 100, "INCREASE"]],
    ),
    t(
      "PARTY_BUILDING",
      "NEW",
      "Nâng cao chất lượng sinh hoạt chi bộ",
      "Sinh hoạt chi bộ có nội dung thiết thực, gắn với nhiệm vụ chính trị của khu dân cư.",
      "Chi bộ sinh hoạt chuyên đề hằng quý.",
      [["Tỷ lệ chi bộ sinh hoạt chuyên đề hằng quý", "%", 60, 100, "INCREASE"]],
    ),
  ],
  "cx-mttq": [
    t(
      "CULTURE_SOCIETY",
      "URGENT_GRIEVANCE",
      "Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo {xa}",
      "Hộ nghèo có nhà ở kiên cố, an toàn.",
      "Nhà Đại đoàn kết được bàn giao.",
      [["Số nhà Đại đoàn kết được xây dựng", "căn", 4, 12, "INCREASE"]],
    ),
    t(
      "PUBLIC_ORDER",
      "NEW",
      "Xây dựng mô hình “Khu dân cư tự quản về an ninh, trật tự”",
      "Phát huy sức mạnh của nhân dân trong giữ gìn an ninh, trật tự.",
      "Khu dân cư được công nhận đạt mô hình tự quản.",
      [["Số khu dân cư đạt mô hình tự quản", "khu dân cư", 3, 8, "INCREASE"]],
    ),
    t(
      "ENVIRONMENT",
      "NEW",
      "Phụ nữ tham gia xây dựng “Đường hoa, đường sáng – xanh – sạch – đẹp”",
      "Cảnh quan khu dân cư sáng, xanh, sạch, đẹp.",
      "Tuyến đường hoa, đường sáng do hội viên chăm sóc.",
      [["Chiều dài tuyến đường hoa, đường sáng", "km", 4, 10, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Đoàn viên hỗ trợ người dân sử dụng VNeID và dịch vụ công trực tuyến",
      "Người dân, nhất là người cao tuổi, sử dụng được dịch vụ số.",
      "Lượt người dân được hướng dẫn.",
      [["Số lượt người dân được hướng dẫn", "lượt", 1200, 4000, "INCREASE"]],
    ),
    t(
      "AGRICULTURE",
      "NEW",
      "Phong trào nông dân sản xuất, kinh doanh giỏi",
      "Nhân rộng hộ nông dân làm kinh tế giỏi, giúp nhau thoát nghèo.",
      "Hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.",
      [["Số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", "hộ", 150, 220, "INCREASE"]],
    ),
    t(
      "PETITIONS",
      "HARD",
      "Nâng cao hiệu quả hòa giải ở cơ sở",
      "Giải quyết mâu thuẫn ngay từ khu dân cư, hạn chế đơn thư.",
      "Vụ việc được hòa giải thành.",
      [["Tỷ lệ vụ việc hòa giải thành", "%", 75, 90, "INCREASE"]],
    ),
  ],
  "cx-kt": [
    t(
      "PUBLIC_ORDER",
      "BACKLOG",
      "Quản lý trật tự xây dựng, xử lý vi phạm hành lang an toàn giao thông",
      "Không để phát sinh công trình vi phạm mới.",
      "Quyết định xử lý vi phạm; biên bản kiểm tra.",
      [["Số công trình vi phạm trật tự xây dựng chưa xử lý", "công trình", 14, 2, "DECREASE"]],
    ),
    t(
      "AGRICULTURE",
      "NEW",
      "Thành lập hợp tác xã sản xuất nông sản an toàn",
      "Tổ chức lại sản xuất theo chuỗi giá trị.",
      "Hợp tác xã được thành lập, hoạt động hiệu quả.",
      [["Số hợp tác xã thành lập mới", "hợp tác xã", 2, 4, "INCREASE"]],
      { only: "xa" },
    ),
    t(
      "LAND",
      "HARD",
      "Thu hồi diện tích đất công bị lấn chiếm",
      "Quản lý chặt chẽ quỹ đất công.",
      "Diện tích đất công được thu hồi, đưa vào quản lý.",
      [["Diện tích đất công bị lấn chiếm được thu hồi", "m²", 0, 3500, "INCREASE"]],
    ),
  ],
  "cx-vhxh": [
    t(
      "CULTURE_SOCIETY",
      "NEW",
      "Xây dựng gia đình văn hóa, khu dân cư văn hóa",
      "Nâng cao đời sống văn hóa tinh thần của nhân dân.",
      "Gia đình, khu dân cư đạt danh hiệu văn hóa.",
      [["Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", 85, 92, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Rà soát, chi trả chính sách an sinh xã hội đúng đối tượng",
      "Không để sót, trùng đối tượng hưởng chính sách.",
      "Danh sách đối tượng được rà soát, cập nhật.",
      [["Tỷ lệ hồ sơ đối tượng chính sách được rà soát, số hóa", "%", 50, 100, "INCREASE"]],
    ),
  ],
  "cx-hcc": [
    t(
      "ADMIN_REFORM",
      "HARD",
      "Triển khai thủ tục hành chính phi địa giới tại Trung tâm",
      "Người dân nộp hồ sơ ở bất kỳ trung tâm nào trong tỉnh.",
      "Hồ sơ phi địa giới được tiếp nhận, giải quyết.",
      [
        ["Tỷ lệ hồ sơ trực tuyến", "%", 40, 80, "INCREASE"],
        ["Tỷ lệ hồ sơ giải quyết quá hạn", "%", 3, 0, "DECREASE"],
      ],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
      "Tái sử dụng dữ liệu, giảm giấy tờ cho người dân.",
      "Kết quả giải quyết được số hóa.",
      [["Số kết quả giải quyết được số hóa", "bản", 2000, 9000, "INCREASE"]],
    ),
  ],
  "cx-yte": [
    t(
      "HEALTH",
      "HARD",
      "Nâng tỷ lệ tiêm chủng mở rộng",
      "Phòng, chống dịch bệnh cho trẻ em.",
      "Sổ theo dõi tiêm chủng điện tử.",
      [["Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 88, 97, "INCREASE"]],
    ),
    t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      "Lập hồ sơ sức khỏe điện tử cho người dân",
      "Quản lý sức khỏe toàn dân tại tuyến cơ sở.",
      "Hồ sơ sức khỏe điện tử được lập.",
      [["Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", 45, 85, "INCREASE"]],
    ),
  ],
  "cx-truong": [
    t(
      "EDUCATION",
      "HARD",
      "Nâng chất lượng giáo dục toàn diện của nhà trường",
      "Tăng tỷ lệ học sinh đạt kết quả học tập khá, tốt.",
      "Kết quả đánh giá học sinh cuối năm học.",
      [["Tỷ lệ học sinh đạt kết quả học tập khá, tốt", "%", 55, 65, "INCREASE"]],
    ),
    t(
      "EDUCATION",
      "NEW",
      "Xây dựng trường học xanh, an toàn, thân thiện",
      "Môi trường học tập an toàn, cảnh quan xanh.",
      "Công trình vệ sinh, sân chơi, vườn trường.",
      [["Số hạng mục cơ sở vật chất được cải tạo", "hạng mục", 0, 6, "INCREASE"]],
    ),
  ],
  "cx-thon": [
    t(
      "AGRICULTURE",
      "NEW",
      "Xây dựng {thon} đạt chuẩn khu dân cư kiểu mẫu",
      "Khu dân cư sáng, xanh, sạch, đẹp, an toàn.",
      "Khu dân cư được công nhận đạt chuẩn kiểu mẫu.",
      [["Số tiêu chí khu dân cư kiểu mẫu đạt chuẩn", "tiêu chí", 6, 10, "INCREASE"]],
    ),
    t(
      "INFRASTRUCTURE",
      "NEW",
      "Vận động nhân dân bê tông hóa đường ngõ xóm tại {thon}",
      "Đi lại thuận tiện, sạch sẽ trong mùa mưa.",
      "Đường ngõ xóm được bê tông hóa.",
      [["Chiều dài đường ngõ xóm được bê tông hóa", "m", 0, 1200, "INCREASE"]],
    ),
    t(
      "CULTURE_SOCIETY",
      "HARD",
      "Thực hiện nếp sống văn minh trong việc cưới, việc tang tại {thon}",
      "Xóa bỏ hủ tục, giảm chi phí cho người dân.",
      "Hương ước, quy ước được sửa đổi và thực hiện.",
      [["Tỷ lệ đám cưới, đám tang thực hiện nếp sống văn minh", "%", 70, 100, "INCREASE"]],
    ),
    t(
      "ENVIRONMENT",
      "NEW",
      "Phân loại rác thải tại nguồn ở {thon}",
      "Giảm lượng rác phải chôn lấp, tận dụng rác hữu cơ làm phân bón.",
      "Hộ gia đình phân loại rác tại nguồn.",
      [["Tỷ lệ hộ phân loại rác tại nguồn", "%", 20, 70, "INCREASE"]],
    ),
    t(
      "HEALTH",
      "NEW",
      "Vận động người dân {thon} tham gia bảo hiểm y tế hộ gia đình",
      "Người dân được bảo vệ khi ốm đau.",
      "Danh sách hộ tham gia bảo hiểm y tế.",
      [["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 88, 95, "INCREASE"]],
    ),
  ],
};

/** Proposals too vague to evaluate: the standing committee rejects them. */
export const VAGUE_PROPOSALS: TaskTpl[] = [
  t(
    "OTHER",
    "NEW",
    "Nâng cao chất lượng công tác tham mưu của cơ quan",
    "Tham mưu kịp thời, có chất lượng.",
    "Các văn bản tham mưu.",
    [["Số văn bản tham mưu", "văn bản", null, 50, "INCREASE"]],
  ),
  t(
    "CULTURE_SOCIETY",
    "NEW",
    "Tăng cường công tác tuyên truyền trong cơ quan, đơn vị",
    "Cán bộ, công chức nắm vững chủ trương, chính sách.",
    "Các buổi tuyên truyền.",
    [["Số buổi tuyên truyền", "buổi", null, 4, "INCREASE"]],
  ),
  t(
    "DIGITAL_TRANSFORMATION",
    "NEW",
    "Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan",
    "Ứng dụng công nghệ thông tin hiệu quả hơn.",
    "Phần mềm được sử dụng.",
    [["Mức độ ứng dụng công nghệ thông tin", "mức", null, 1, "REACH"]],
  ),
  t(
    "OTHER",
    "NEW",
    "Thực hiện tốt công tác thi đua, khen thưởng",
    "Phong trào thi đua sôi nổi, thiết thực.",
    "Các danh hiệu thi đua.",
    [["Số tập thể, cá nhân được khen thưởng", "lượt", null, 20, "INCREASE"]],
  ),
];

export const REJECT_REASONS = [
  "Nhiệm vụ thuộc chức trách thường xuyên của cơ quan, chưa thể hiện tính đột phá; chỉ tiêu chưa định lượng được kết quả.",
  "Chỉ tiêu mang tính định tính, không có giá trị ban đầu để so sánh; không đủ căn cứ đánh giá cuối năm.",
  "Nội dung chung chung, không gắn với sản phẩm cụ thể; đề nghị đồng chí tập trung vào các nhiệm vụ đã được giao.",
];

/** Tasks the standing committee assigns directly in the middle of the year. */
export const DIRECT_TASKS: { unit: string; headOnly?: boolean; tpl: TaskTpl }[] = [
  {
    unit: "unit-so-nnmt",
    tpl: t(
      "ENVIRONMENT",
      "URGENT_GRIEVANCE",
      "Di dời hộ dân khỏi vùng có nguy cơ sạt lở cao sau mưa lũ",
      "Bảo đảm an toàn tính mạng, tài sản của nhân dân trước mùa mưa bão.",
      "Khu tái định cư; hộ dân được di dời, ổn định đời sống.",
      [["Số hộ dân được di dời, bố trí tái định cư", "hộ", 0, 320, "INCREASE"]],
    ),
  },
  {
    unit: "unit-so-gddt",
    headOnly: true,
    tpl: t(
      "EDUCATION",
      "NEW",
      "Khởi công xây dựng trường phổ thông nội trú liên cấp tại xã biên giới Bản Lìm",
      "Thực hiện chủ trương xây dựng trường nội trú liên cấp cho học sinh các xã biên giới.",
      "Công trình trường nội trú liên cấp được khởi công, thi công đúng tiến độ.",
      [["Tỷ lệ khối lượng xây dựng hoàn thành", "%", 0, 40, "INCREASE"]],
    ),
  },
  {
    unit: "unit-cong-an-tinh",
    headOnly: true,
    tpl: t(
      "PUBLIC_ORDER",
      "URGENT_GRIEVANCE",
      "Chấm dứt khai thác cát, sỏi trái phép trên sông Nậm Lâm",
      "Bảo vệ bờ sông, công trình thủy lợi và an toàn cho nhân dân ven sông.",
      "Các điểm khai thác trái phép bị xóa bỏ; vụ việc được xử lý.",
      [["Số điểm khai thác cát, sỏi trái phép", "điểm", 14, 0, "DECREASE"]],
    ),
  },
  {
    unit: "unit-so-khcn",
    headOnly: true,
    tpl: t(
      "DIGITAL_TRANSFORMATION",
      "NEW",
      `Đưa vào vận hành nền tảng “${PROVINCE_NAME} số” phục vụ người dân`,
      "Một cửa số cho người dân tiếp cận dịch vụ công, phản ánh hiện trường, thông tin chính quyền.",
      "Ứng dụng di động được phát hành, có người dùng đăng ký.",
      [["Số người dùng đăng ký", "nghìn người", 0, 150, "INCREASE"]],
    ),
  },
];

export const COMMUNE_DIRECT: TaskTpl = t(
  "INFRASTRUCTURE",
  "URGENT_GRIEVANCE",
  "Khắc phục sạt lở taluy đường liên thôn Khe Mạ – Bản Cải",
  "Bảo đảm đi lại an toàn cho nhân dân và học sinh trước mùa mưa lũ.",
  "Các điểm sạt lở được khắc phục; đường thông suốt.",
  [["Số điểm sạt lở được khắc phục", "điểm", 0, 7, "INCREASE"]],
);

// ───────────────────────────── Wording pools for reports, responses and comments ─────────────────────────────

export const PLAN_BY_FIELD: Record<TaskField, string> = {
  LAND: "Rà soát, phân loại từng hồ sơ, vụ việc; thành lập tổ công tác liên ngành; giao chỉ tiêu theo tháng cho từng xã, phường; công khai tiến độ và kiểm tra, đôn đốc hằng tuần.",
  PETITIONS:
    "Lập danh mục từng vụ việc, phân công lãnh đạo trực tiếp phụ trách; tổ chức đối thoại với người dân; phối hợp cơ quan chức năng giải quyết dứt điểm; báo cáo Thường trực hằng tháng.",
  PUBLIC_ORDER:
    "Xây dựng kế hoạch cao điểm; phối hợp lực lượng chức năng và chính quyền cơ sở; phát huy vai trò quần chúng nhân dân; sơ kết từng giai đoạn để điều chỉnh biện pháp.",
  ECONOMY:
    "Xây dựng kế hoạch chi tiết theo quý; tháo gỡ khó khăn cho doanh nghiệp, nhà đầu tư; phân công lãnh đạo phụ trách từng dự án, nguồn thu; theo dõi, báo cáo hằng tháng.",
  AGRICULTURE:
    "Khảo sát, quy hoạch vùng sản xuất; tập huấn kỹ thuật; lồng ghép nguồn vốn các chương trình mục tiêu; kết nối doanh nghiệp tiêu thụ sản phẩm.",
  INFRASTRUCTURE:
    "Hoàn thiện thủ tục đầu tư; tập trung giải phóng mặt bằng; đôn đốc nhà thầu tăng ca, tăng máy; kiểm tra hiện trường định kỳ.",
  PARTY_BUILDING:
    "Ban hành kế hoạch, hướng dẫn; phân công cấp ủy viên phụ trách; kiểm tra, giám sát việc thực hiện; sơ kết, rút kinh nghiệm từng quý.",
  CULTURE_SOCIETY:
    "Rà soát đối tượng, nhu cầu; huy động nguồn lực nhà nước và xã hội hóa; phối hợp Mặt trận và các đoàn thể; công khai kết quả tại khu dân cư.",
  EDUCATION:
    "Rà soát thực trạng cơ sở vật chất, đội ngũ; lồng ghép nguồn vốn; phân công trách nhiệm đến từng trường; kiểm tra, đánh giá theo học kỳ.",
  HEALTH:
    "Khảo sát thực trạng; bố trí nhân lực, trang thiết bị; truyền thông đến người dân; kiểm tra, giám sát chuyên môn định kỳ.",
  ENVIRONMENT:
    "Khảo sát, lập danh mục điểm cần xử lý; lựa chọn giải pháp công nghệ phù hợp; huy động doanh nghiệp, cộng đồng tham gia; quan trắc, công khai kết quả.",
  ADMIN_REFORM: "Rà soát quy trình, biểu mẫu; ứng dụng công nghệ số; tập huấn cán bộ; đo lường, công khai kết quả hằng tháng.",
  DIGITAL_TRANSFORMATION:
    "Khảo sát hiện trạng; xây dựng, nâng cấp nền tảng; làm sạch, chuẩn hóa dữ liệu; đào tạo người dùng; đánh giá hiệu quả vận hành.",
  OTHER:
    "Xây dựng kế hoạch chi tiết; phân công cụ thể; chuẩn bị lực lượng, phương tiện; tổ chức thực hiện và đánh giá, rút kinh nghiệm.",
};

export const MILESTONES = {
  plan: "Ban hành kế hoạch chi tiết, phân công cán bộ phụ trách",
  mid: "Sơ kết 6 tháng, đánh giá tiến độ các chỉ tiêu",
  q3: "Kiểm tra, tháo gỡ vướng mắc tại cơ sở",
  end: "Hoàn thành các chỉ tiêu, tổng kết và báo cáo Ban Thường vụ",
};

export const RESULT_LEADS: Record<1 | 2 | 3 | 4, string[]> = {
  1: [
    "Đã ban hành kế hoạch triển khai, phân công cụ thể cho từng phòng, đơn vị và cán bộ phụ trách.",
    "Đã tổ chức hội nghị triển khai nhiệm vụ, thành lập tổ công tác giúp việc.",
    "Hoàn thành rà soát, khảo sát thực trạng; xây dựng lộ trình thực hiện theo từng tháng.",
  ],
  2: [
    "Tiếp tục triển khai đồng bộ các giải pháp; tổ chức kiểm tra tiến độ tại cơ sở.",
    "Tổ chức sơ kết 6 tháng, điều chỉnh một số giải pháp cho phù hợp thực tiễn.",
    "Phối hợp chặt chẽ với các cơ quan liên quan, tháo gỡ vướng mắc phát sinh.",
  ],
  3: [
    "Tập trung tháo gỡ vướng mắc về cơ chế, nguồn lực; đẩy nhanh tiến độ các phần việc còn chậm.",
    "Tổ chức đoàn kiểm tra liên ngành tại các địa bàn trọng điểm.",
    "Chỉ đạo quyết liệt, giao chỉ tiêu cụ thể theo tuần cho từng bộ phận.",
  ],
  4: [
    "Hoàn thành các nội dung theo kế hoạch; tổ chức tổng kết, đánh giá kết quả.",
    "Tổng hợp kết quả cả năm; hoàn thiện hồ sơ, sản phẩm để đánh giá.",
  ],
};

export const DIFFICULTIES = [
  "Nguồn vốn bố trí chậm, chưa đáp ứng yêu cầu tiến độ.",
  "Một số hộ dân chưa đồng thuận, cần thêm thời gian vận động.",
  "Hồ sơ tồn đọng phức tạp, nguồn gốc sử dụng đất không rõ ràng.",
  "Bộ máy cấp xã mới sắp xếp, cán bộ chuyên môn còn thiếu và chưa quen địa bàn.",
  "Thời tiết mưa lũ kéo dài ảnh hưởng đến thi công và đi lại.",
  "Hướng dẫn của Trung ương về một số nội dung chưa đầy đủ, còn lúng túng khi áp dụng.",
];

export const PROPOSALS = [
  "Đề nghị Thường trực Tỉnh ủy chỉ đạo Sở Tài chính sớm bố trí kinh phí thực hiện.",
  "Đề nghị UBND tỉnh ban hành quy định về đơn giá hỗ trợ để có căn cứ triển khai.",
  "Đề nghị chỉ đạo các xã, phường phối hợp cung cấp số liệu đúng thời hạn.",
  "Đề nghị bổ sung biên chế cán bộ chuyên môn cho bộ phận trực tiếp thực hiện.",
];

export const PROPOSAL_ANSWERS = [
  "Đã giao Sở Tài chính tham mưu bố trí kinh phí trong đợt điều chỉnh dự toán tháng 8.",
  "Thường trực Tỉnh ủy đã có ý kiến chỉ đạo UBND tỉnh xem xét, ban hành trong quý này.",
  "Đã có văn bản yêu cầu các xã, phường thực hiện nghiêm chế độ báo cáo.",
  "Giao Sở Nội vụ rà soát, cân đối trong tổng biên chế được giao.",
];

export const RESPONSES = [
  "Ghi nhận kết quả đạt được. Đề nghị đồng chí tiếp tục chỉ đạo quyết liệt, bám sát lộ trình đã đăng ký.",
  "Tiến độ còn chậm so với kế hoạch. Đề nghị rà soát nguyên nhân, có giải pháp khắc phục cụ thể trong quý tới.",
  "Đánh giá cao cách làm sáng tạo của đơn vị. Đề nghị tổng hợp kinh nghiệm để nhân rộng.",
  "Đồng ý với các giải pháp đề ra. Lưu ý bảo đảm đúng quy định, công khai, minh bạch với người dân.",
  "Kết quả bước đầu tích cực. Đề nghị tập trung các chỉ tiêu còn thấp, báo cáo rõ số liệu từng địa bàn.",
];

export const RETURN_REASONS = [
  "Báo cáo chưa nêu số liệu thực hiện của từng chỉ tiêu; đề nghị bổ sung và gửi lại.",
  "Số liệu chưa khớp với báo cáo quý trước; đề nghị kiểm tra, giải trình rõ.",
  "Chưa kèm minh chứng cho kết quả đã báo cáo; đề nghị bổ sung.",
];
