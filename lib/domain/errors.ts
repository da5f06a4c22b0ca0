/**
 * A rule refused an operation. `code` is a message key under "errors." in the catalogs, so the user
 * reads why in their language; nothing has been written when it is thrown.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    /** The form field the refusal is about (a duplicate value): the message is shown at that field too. */
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/** The record does not exist or is outside the caller's scope: both read the same, so nothing leaks. */
export class NotFoundError extends DomainError {
  constructor() {
    super("notFound");
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("forbidden");
    this.name = "ForbiddenError";
  }
}

/** Someone else saved the record after the caller loaded it. */
export class ConflictError extends DomainError {
  constructor() {
    super("conflict");
    this.name = "ConflictError";
  }
}
