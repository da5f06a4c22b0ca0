"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className={className} data-testid="sign-out">
      {label}
    </button>
  );
}
