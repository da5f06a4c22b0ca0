// The demo accounts printed by `npm run demo`, one per role, and their shared password.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo@2026";

/**
 * The one demo account with a second factor (TOTP), so the code step can be seen; its secret is public on
 * purpose (printed by `npm run demo`, read by the browser tests). The other accounts stay one-step.
 */
export const DEMO_MFA_ACCOUNT = "admin";
export const DEMO_MFA_SECRET = "FGRHEJO52VV6DBYJYINPTQ5TW3WPZBNC";

export type DemoAccount = { username: string; role: Role; description: { vi: string; en: string } };

/** The headline accounts printed by `npm run demo`; all use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "admin",
    role: "ADMIN",
    description: {
      vi: "Quản trị hệ thống: tài khoản, đơn vị, cán bộ, phân quyền.",
      en: "Administrator: accounts, units, cadres and roles.",
    },
  },
  {
    username: "bantochuc",
    role: "ORG_COMMITTEE",
    description: {
      vi: "Ban Tổ chức Tỉnh ủy: mở đợt đăng ký, xem xét, trả lại, chuyển hồ sơ đăng ký năm 2027; theo dõi tiến độ, bảng điều khiển.",
      en: "Provincial organisation committee: runs the 2027 registration round (review, return, forward), follows progress, dashboards.",
    },
  },
  {
    username: "thuongtruc",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Thường trực Tỉnh ủy: quyết định giao việc, cho ý kiến báo cáo quý, duyệt điều chỉnh chỉ tiêu, quyết định xếp loại.",
      en: "Provincial standing committee: assigns tasks, responds to quarterly reports, decides change requests and final ratings.",
    },
  },
  {
    username: "hoidong1",
    role: "COUNCIL",
    description: {
      vi: "Thành viên Hội đồng tư vấn đánh giá năm 2026: đã chấm điểm một số cán bộ.",
      en: "Member of the 2026 advisory council: has already scored several cadres.",
    },
  },
  {
    username: "hoidong2",
    role: "COUNCIL",
    description: {
      vi: "Thành viên Hội đồng tư vấn đánh giá năm 2026: đang chấm điểm (chưa gửi).",
      en: "Member of the 2026 advisory council: scoring in progress (not yet submitted).",
    },
  },
  {
    username: "daumoi",
    role: "SUPERVISOR",
    description: {
      vi: "Đầu mối theo dõi cấp tỉnh: theo dõi, đôn đốc nhiều việc, cho ý kiến báo cáo quý.",
      en: "Provincial supervisor (focal point): follows many tasks and responds to their quarterly reports.",
    },
  },
  {
    username: "canbo",
    role: "CADRE",
    description: {
      vi: "Giám đốc Sở Nông nghiệp và Môi trường: 3 việc năm 2026 (báo cáo đã gửi, nộp muộn, chưa nộp, đã có ý kiến), điều chỉnh chỉ tiêu đã duyệt, bản nháp đăng ký năm 2027.",
      en: "Director of Agriculture and Environment: 3 tasks in 2026 (reports submitted, late, missing, responded), an approved target adjustment, a draft 2027 registration.",
    },
  },
  {
    username: "pho.bithu",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Phó Bí thư Tỉnh ủy giữ 3 vai trò: Thường trực, Hội đồng tư vấn và Đầu mối theo dõi (chuyển đổi vai trò).",
      en: "Deputy party secretary with three roles: standing committee, advisory council and supervisor (role switching).",
    },
  },
  {
    username: "bantochuc.xa",
    role: "ORG_COMMITTEE",
    description: {
      vi: "Ban Xây dựng Đảng – Đảng ủy xã Tân Hòa: điều hành đợt đăng ký của xã.",
      en: "Organisation committee of Tân Hòa commune: runs the commune's registration round.",
    },
  },
  {
    username: "thuongtruc.xa",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Thường trực Đảng ủy xã Tân Hòa: giao việc, cho ý kiến báo cáo, duyệt điều chỉnh của cán bộ xã.",
      en: "Standing committee of Tân Hòa commune: assigns tasks, responds to reports, decides change requests of commune cadres.",
    },
  },
  {
    username: "daumoi.xa",
    role: "SUPERVISOR",
    description: {
      vi: "Đầu mối theo dõi của Đảng ủy xã Tân Hòa.",
      en: "Supervisor of Tân Hòa commune's tasks.",
    },
  },
  {
    username: "canbo.xa",
    role: "CADRE",
    description: {
      vi: "Phó Chủ tịch UBND xã Tân Hòa (cán bộ do xã quản lý): việc năm 2026, báo cáo bị trả lại, đăng ký năm 2027 đã gửi.",
      en: "Vice-chair of Tân Hòa commune (managed by the commune): 2026 tasks, a returned report, a submitted 2027 registration.",
    },
  },
];
