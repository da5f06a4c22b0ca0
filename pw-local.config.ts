import base from "./playwright.config";
export default { ...base, webServer: (base.webServer as object[]).map((w) => ({ ...w, timeout: 600_000 })) };
