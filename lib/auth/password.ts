import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum. Passwords are
// compared in Unicode NFC, so "ệ" typed as one character or as e + two marks (keyboards differ) is the same.
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false; // a malformed hash never signs anyone in
  }
}
