"use client";

/**
 * Signs out of the app and, for a session opened through the identity provider, out of the provider too: its
 * end-session URL is asked for while the session still exists (next-auth's sign-out then ends it). next-auth's
 * client (~40 KB of script) is fetched when the button is pressed, not with every page that shows the header.
 */
async function signOutEverywhere() {
  const [{ signOut }, providerUrl] = await Promise.all([
    import("next-auth/react"),
    fetch("/api/session/sso-logout", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ url: string | null }>) : { url: null }))
      .then((body) => body.url)
      .catch(() => null),
  ]);
  if (!providerUrl) return signOut({ callbackUrl: "/login" });
  await signOut({ redirect: false });
  window.location.assign(providerUrl);
}

export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => void signOutEverywhere()} className={className} data-testid="sign-out">
      {label}
    </button>
  );
}
