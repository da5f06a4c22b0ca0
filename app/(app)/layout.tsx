import { AppHeader } from "@/components/layout/app-header";
import { Toaster } from "@/components/ui/toaster";
import { requireUser } from "@/lib/auth/session";
import { countMyUnread } from "@/lib/dal/account/notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The layout only frames the page; every page checks its own permission as well.
  const user = await requireUser();
  const unread = await countMyUnread();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader user={user} unread={unread} />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <Toaster />
    </div>
  );
}
