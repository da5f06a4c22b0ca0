import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientNamespaces, pickMessages, type MessageScope } from "@/lib/i18n/client-messages";

/**
 * Hands the client components below it the message namespaces they use, and no others (see
 * lib/i18n/client-messages.ts). Without a scope: the root's few shared namespaces.
 */
export async function ClientMessages({ scope, children }: { scope?: MessageScope; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, clientNamespaces(scope))}>{children}</NextIntlClientProvider>;
}
