// npm run mfa:code -- <secret-or-username>: prints the current one-time code of a TOTP key, for the demo
// (`npm run mfa:code -- admin` uses the demo administrator's published key) and for trying the code step
// without a phone. It reads no database: a username other than the demo's needs the key itself.
import { totpCode, TOTP_PERIOD } from "@/lib/domain/mfa";
import { DEMO_MFA_ACCOUNT, DEMO_MFA_SECRET } from "@/prisma/seed/accounts";

async function main() {
  const arg = process.argv[2]?.trim();
  if (!arg) {
    console.error("Usage: npm run mfa:code -- <base32 key | admin>");
    process.exitCode = 2;
    return;
  }
  const secret = arg.toLowerCase() === DEMO_MFA_ACCOUNT ? DEMO_MFA_SECRET : arg.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z2-7]+=*$/.test(secret)) {
    console.error(`"${arg}" is neither the demo account "${DEMO_MFA_ACCOUNT}" nor a base32 key.`);
    process.exitCode = 2;
    return;
  }
  const now = new Date();
  const left = TOTP_PERIOD - (Math.floor(now.getTime() / 1000) % TOTP_PERIOD);
  console.log(`${await totpCode(secret, now)}  (valid for ${left} s more)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
