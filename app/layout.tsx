import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { ClientMessages } from "@/components/layout/client-messages";
// Self-hosted Be Vietnam Pro, its Latin and Vietnamese subsets only. The package's all-subsets CSS adds
// latin-ext, whose unicode-range overlaps the Vietnamese one (Đ, Ơ, Ư…): every Vietnamese page then downloaded
// three more files (42 KB) for letters the Vietnamese subset already draws, at the highest priority.
import "@fontsource/be-vietnam-pro/latin-400.css";
import "@fontsource/be-vietnam-pro/vietnamese-400.css";
import "@fontsource/be-vietnam-pro/latin-600.css";
import "@fontsource/be-vietnam-pro/vietnamese-600.css";
import "@fontsource/be-vietnam-pro/latin-700.css";
import "@fontsource/be-vietnam-pro/vietnamese-700.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b42318" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        {/* Only the messages client components use reach the browser: lib/i18n/client-messages.ts. */}
        <ClientMessages>
          <NuqsAdapter>{children}</NuqsAdapter>
        </ClientMessages>
      </body>
    </html>
  );
}
