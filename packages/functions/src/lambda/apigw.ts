/** Adapter between API Gateway HTTP API events (payload v2) and the web handler's `Request`/`Response`. */
import { RequestAuth } from "@ntm/api"
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyResultV2,
} from "aws-lambda"
import { Context } from "effect"
import type { Claims } from "../auth/claims.ts"
import type { WebHandler } from "../http/app.ts"
import { REQUEST_ID_HEADER } from "../http/requestContext.ts"

/** A v2 event, with or without a JWT authorizer. */
export type ApiEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer

/** The claims API Gateway's JWT authorizer verified, or undefined on routes without an authorizer. */
export const claimsOf = (event: ApiEvent): Claims | undefined => {
  const authorizer = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer
  return authorizer?.jwt?.claims
}

/** Builds the web `Request`. The request id header is always API Gateway's (a client-sent one is replaced). */
export const toRequest = (event: ApiEvent): Request => {
  const headers = new Headers()
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) headers.set(k, v)
  if (event.cookies !== undefined && event.cookies.length > 0) headers.set("cookie", event.cookies.join("; "))
  headers.set(REQUEST_ID_HEADER, event.requestContext.requestId)
  const method = event.requestContext.http.method
  const host = headers.get("host") ?? event.requestContext.domainName
  const query = event.rawQueryString ? `?${event.rawQueryString}` : ""
  const hasBody = event.body !== undefined && event.body !== null && method !== "GET" && method !== "HEAD"
  return new Request(`https://${host}${event.rawPath}${query}`, {
    method,
    headers,
    ...(hasBody ? { body: event.isBase64Encoded ? Buffer.from(event.body!, "base64") : event.body! } : {}),
  })
}

const isText = (contentType: string | null) =>
  contentType === null || /^(text\/|application\/(json|problem\+json|xml|javascript)|.*\+json)/u.test(contentType)

/** Builds the v2 result: text bodies as UTF-8, others base64; `set-cookie` headers go to `cookies`. */
export const fromResponse = async (response: Response): Promise<APIGatewayProxyResultV2> => {
  const headers: Record<string, string> = {}
  response.headers.forEach((v, k) => {
    if (k !== "set-cookie") headers[k] = v
  })
  const cookies = response.headers.getSetCookie()
  const text = isText(response.headers.get("content-type"))
  const buffer = Buffer.from(await response.arrayBuffer())
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    body: text ? buffer.toString("utf8") : buffer.toString("base64"),
    isBase64Encoded: !text,
  }
}

/**
 * Turns the web handler into a Lambda handler. The verified claims travel as the request's `RequestAuth`, never as
 * a header, so a client cannot forge them.
 */
export const lambdaAdapter =
  (web: WebHandler) =>
  async (event: ApiEvent): Promise<APIGatewayProxyResultV2> =>
    fromResponse(await web(toRequest(event), Context.make(RequestAuth, { claims: claimsOf(event) })))
