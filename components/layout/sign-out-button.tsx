"use client";

/**
 * next-auth's client (~40 KB of script) is fetched when the button is pressed, not with every page that shows
 * the header.
 */
export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <button
      type="button"
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/login" })}
      className={className}
      data-testid="sign-out"
    >
      {label}
    </button>
  );
}
