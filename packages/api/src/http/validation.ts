/** Request validation on the wire: the middleware on every endpoint that answers malformed requests with a 400. */
import { HttpApiMiddleware } from "effect/http-api"
import { InternalError, InvalidRequest, Unavailable } from "./problems.ts"

/**
 * The API's request-validation middleware, on every endpoint. Like effect's `ProblemDetails` middleware, but the
 * 400 body is our `InvalidRequest`, whose entries also carry the `rule`. It also declares the 503 and 500 problems
 * every endpoint can answer, so OpenAPI lists them. This is its definition only; the server implements it.
 */
export class RequestValidation extends HttpApiMiddleware.Service<RequestValidation>()("ntm/RequestValidation", {
  error: [InvalidRequest, Unavailable, InternalError],
}) {}
