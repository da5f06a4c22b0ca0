import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/navigation";

/** Everyone lands on the home of the role they act in. */
export default async function Home() {
  const user = await requireUser();
  if (!user.active) redirect("/no-role");
  redirect(ROLE_HOME[user.active.role]);
}
