// The few parts of oidc-provider 9 (a dev dependency, for the single sign-on tests) that tests/support uses;
// the package ships no types of its own (they live in @types/oidc-provider, not installed here).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type KoaContextWithOIDC = {
    req: IncomingMessage;
    res: ServerResponse;
    path: string;
    method: string;
    status: number;
    type: string;
    body: unknown;
    host: string;
    redirect(url: string): void;
  };
  type Next = () => Promise<void>;
  type Account = { accountId: string; claims: (use: string, scope: string) => Promise<Record<string, unknown>> };

  export type Configuration = {
    clients?: Record<string, unknown>[];
    jwks?: { keys: object[] };
    cookies?: { keys: string[] };
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    acrValues?: string[];
    conformIdTokenClaims?: boolean;
    pkce?: { required?: () => boolean };
    findAccount?: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>;
    interactions?: { url: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string };
    features?: Record<string, unknown>;
    renderError?: (ctx: KoaContextWithOIDC, out: Record<string, string>, error: Error) => void | Promise<void>;
  };

  class Grant {
    constructor(init: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: typeof Grant;
    use(middleware: (ctx: KoaContextWithOIDC, next: Next) => Promise<unknown>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ uid: string; prompt: { name: string }; params: Record<string, unknown> }>;
    interactionResult(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>): Promise<string>;
  }
}
