import { z } from "zod";

// In the browser, zod's compiled parsers would probe for eval with `new Function("")` as soon as an object
// schema is built, which the Content-Security-Policy refuses (and reports). Imported first by every
// validation module that builds schemas, so it runs before any of them.
if (typeof window !== "undefined") z.config({ jitless: true });
