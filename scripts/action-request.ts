// A server action called over HTTP as the browser's React calls it, for scripts that drive the production
// server without a browser (npm run bench:load). A form action used with useActionState is called as
// `action(previousState, formData)`; React's encodeReply sends that as multipart form data whose field "0" is
// the argument list (`[previousState, "$K1"]`, "$K1" naming the form data) and whose other fields are the
// form.s own. The action is named by its id in the `Next-Action` header, found in the
// build's server-reference manifest by the name it is exported under.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export type Field = string | { fileName: string; contentType: string; data: Buffer };

/** A multipart/form-data body; fields in order, files as parts with a filename. */
export function multipart(fields: [name: string, value: Field][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(12).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    if (typeof value === "string") {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    } else {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.fileName}"\r\nContent-Type: ${value.contentType}\r\n\r\n`,
        ),
        value.data,
        Buffer.from("\r\n"),
      );
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The body of `action(previousState, form)` as React encodes it (encodeReply). */
export function formActionBody(form: [name: string, value: string][], previousState: object = { status: "idle" }) {
  // As React sends it: the form's fields first, the argument list last (the server resolves "$K1" from the
  // fields it has already read when "0" arrives).
  return multipart([...form.map(([k, v]): [string, Field] => [`_1_${k}`, v]), ["0", JSON.stringify([previousState, "$K1"])]]);
}

/** The headers of a server action call (the cookie and the client's address are the caller's). */
export function actionHeaders(actionId: string, origin: string, contentType: string): Record<string, string> {
  return { "next-action": actionId, accept: "text/x-component", origin, "content-type": contentType };
}

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of the exported server action `name` (of the file whose path ends with `file`, if given) in a build. */
export function actionId(name: string, file?: string, dir = path.join(process.cwd(), ".next")): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, "server/server-reference-manifest.json"), "utf8")) as Manifest;
  const ids = Object.entries(manifest.node)
    .filter(([, e]) => e.exportedName === name && (!file || e.filename?.endsWith(file)))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`The build has ${ids.length} server actions named ${name}; run next build.`);
  return ids[0]!;
}

/**
 * The action state a server action answered with, read from its RSC payload (null when there is none): the
 * payload carries it as one JSON object, inline or as its own chunk, with a status of idle, success or error.
 */
export function actionState(rsc: string): { status: string; version?: number; code?: string } | null {
  const status = /"status":"(idle|success|error)"/.exec(rsc)?.[1];
  if (!status) return null;
  const version = /"version":(\d+)/.exec(rsc)?.[1];
  const code = /"code":"([A-Za-z]+)"/.exec(rsc)?.[1];
  return { status, ...(version ? { version: Number(version) } : {}), ...(code ? { code } : {}) };
}
