/**
 * Named domain errors. Handlers map them to HTTP status in one place (handlers/http.ts);
 * the state machine matches them by name in Retry/Catch (lib/workflow/factcheck.asl.json).
 */
export class DomainError extends Error {
  constructor(message: string, readonly detail?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
  }
}
/** The request or input is malformed or out of bounds (400/413/415/422). */
export class ValidationError extends DomainError {
  constructor(message: string, detail?: Record<string, unknown>, readonly status = 400) {
    super(message, detail);
  }
}
/**
 * A value of a request's parameter that only a use case can judge (a cursor not given out for this query): a 400
 * that names the parameter, as the query's other problems do (handlers/http.ts lists it in `errors`).
 */
export class QueryParameterError extends ValidationError {
  constructor(readonly parameter: string, readonly reason: string) {
    super(`${parameter}: ${reason}`);
  }
}
/** The addressed thing does not exist (404). */
export class NotFoundError extends DomainError {}
/** The write lost a race or used a stale version (409). */
export class ConflictError extends DomainError {}
/** No or invalid credentials (401). */
export class UnauthorizedError extends DomainError {}
/** Valid credentials without the needed role (403). */
export class ForbiddenError extends DomainError {}
/** A fault worth retrying (throttling, a dependency briefly down); the ASL retries it by name. */
export class TransientError extends DomainError {}
/**
 * A page, feed or webhook target the service will not fetch or could not use (an address it never
 * connects to, too large, not HTML, a redirect loop, 404...): permanent, so never retried; the
 * message is the reason kept on the article, the feed or the delivery log.
 */
export class FetchRefusedError extends DomainError {}
