import { ClientMessages } from "@/components/layout/client-messages";

/** The messages this section's client components use (lib/i18n/client-messages.ts). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="(app)/dashboard">{children}</ClientMessages>;
}
