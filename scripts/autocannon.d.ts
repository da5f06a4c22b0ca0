// The part of autocannon 9 (which ships no types) that scripts/bench-load.ts uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      setupRequest?: (req: Request, context: Record<string, unknown>) => Request | null;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      /** Requests a second per connection, at most (counted per second from the start). */
      connectionRate?: number;
      requests?: Request[];
    };
    type Result = { requests: { total: number }; errors: number; timeouts: number; non2xx: number };
    type Instance = EventEmitter & { stop: () => void };
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
