import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

// The classes are in app/globals.css (.btn, .btn-<variant>): a page shows many buttons, and each class list is
// sent twice (HTML and React payload).
export function buttonClass(variant: Variant = "primary", extra = "") {
  return extra ? `btn btn-${variant} ${extra}` : `btn btn-${variant}`;
}

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}

export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
