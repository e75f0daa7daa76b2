/** effect's `HttpServerRequest` over a node `IncomingMessage` whose body was read: no WHATWG `Request` in between. */
import type { IncomingMessage, ServerResponse } from "node:http"
import { Effect, Inspectable, Option, type Schema, Stream } from "effect"
import {
  Cookies,
  type Headers,
  HttpIncomingMessage,
  HttpServerError,
  HttpServerRequest,
  Multipart,
  UrlParams,
} from "effect/http"

const textDecoder = new TextDecoder()
// URL-encoded bodies keep a leading U+FEFF as form data (as effect's web request reads them).
const formDecoder = new TextDecoder("utf-8", { ignoreBOM: true })

/** The path and query of an absolute URL (`http://h:1/a?b` → `/a?b`), as effect's `fromWeb` takes it. */
const removeHost = (url: string): string => {
  if (url[0] === "/") return url
  const index = url.indexOf("/", url.indexOf("//") + 2)
  return index === -1 ? "/" : url.slice(index)
}

/**
 * One request as the app sees it. It answers exactly like effect's `HttpServerRequest.fromWeb` over the WHATWG
 * `Request` the local server used to build (same URL normalisation, headers joined the same way, the same parse
 * errors, `MaxBodySize` honoured, no remote address), reading the node request it wraps instead of a copy.
 * `response` is where the local server writes the answer.
 */
export class NodeRequest extends Inspectable.Class implements HttpServerRequest.HttpServerRequest {
  readonly [HttpServerRequest.TypeId] = HttpServerRequest.TypeId
  readonly [HttpIncomingMessage.TypeId] = HttpIncomingMessage.TypeId
  readonly protocol: "http" | "https" | undefined
  private cachedCookies: Record<string, string> | undefined
  private arrayBufferEffect: Effect.Effect<ArrayBuffer, HttpServerError.HttpServerError> | undefined
  private multipartEffect: HttpServerRequest.HttpServerRequest["multipart"] | undefined

  /**
   * @param source the node request (its body already read into `body`)
   * @param response the node response the answer goes to
   * @param originalUrl the absolute, WHATWG-normalised URL of the request
   * @param method the method, upper case
   * @param headers the request's headers (values of repeated headers joined with ", ")
   * @param body the body's bytes; undefined for GET and HEAD (no body at all)
   */
  constructor(
    readonly source: IncomingMessage,
    readonly response: ServerResponse,
    readonly originalUrl: string,
    readonly method: string,
    readonly headers: Headers.Headers,
    readonly body: Uint8Array | undefined,
    readonly url: string = removeHost(originalUrl),
    readonly remoteAddress: Option.Option<string> = Option.none(),
    readonly peerAddressOverride: Option.Option<string> | undefined = undefined,
    protocol: "http" | "https" | undefined = undefined,
  ) {
    super()
    this.protocol = protocol
  }

  get peerAddress(): Option.Option<string> {
    return this.peerAddressOverride ?? this.remoteAddress
  }

  modify(options: {
    readonly url?: string
    readonly headers?: Headers.Headers
    readonly remoteAddress?: Option.Option<string>
    readonly peerAddress?: Option.Option<string>
    readonly protocol?: "http" | "https"
  }): NodeRequest {
    return new NodeRequest(
      this.source,
      this.response,
      this.originalUrl,
      this.method,
      options.headers ?? this.headers,
      this.body,
      options.url ?? this.url,
      "remoteAddress" in options && options.remoteAddress !== undefined ? options.remoteAddress : this.remoteAddress,
      options.peerAddress ?? this.peerAddressOverride,
      options.protocol ?? this.protocol,
    )
  }

  get cookies(): Record<string, string> {
    this.cachedCookies ??= Cookies.parseHeader(this.headers.cookie ?? "")
    return this.cachedCookies
  }

  private parseError(cause: unknown, reason: "Parse" | "BodyTooLarge" = "Parse"): HttpServerError.HttpServerError {
    return new HttpServerError.HttpServerError({
      reason: new HttpServerError.RequestParseError({ request: this, reason, cause }),
    })
  }

  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpServerError.HttpServerError> {
    this.arrayBufferEffect ??= Effect.withFiber((fiber) => {
      const bytes = this.body ?? new Uint8Array(0)
      const max = fiber.getRef(HttpIncomingMessage.MaxBodySize)
      if (max !== undefined && bytes.byteLength > Number(max))
        return Effect.fail(this.parseError(new Error(`body larger than ${max} bytes`), "BodyTooLarge"))
      return Effect.succeed(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    }).pipe(Effect.cached, Effect.runSync)
    return this.arrayBufferEffect
  }

  get text(): Effect.Effect<string, HttpServerError.HttpServerError> {
    return Effect.map(this.arrayBuffer, (buffer) => textDecoder.decode(buffer))
  }

  get json(): Effect.Effect<Schema.Json, HttpServerError.HttpServerError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({ try: (): Schema.Json => JSON.parse(text), catch: (cause) => this.parseError(cause) }),
    )
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpServerError.HttpServerError> {
    return Effect.flatMap(this.arrayBuffer, (bytes) =>
      Effect.try({
        // A leading "?" is form data; URLSearchParams would drop it as a query prefix.
        try: () => UrlParams.fromInput(new URLSearchParams(formDecoder.decode(bytes).replace(/^\?/u, "%3F"))),
        catch: (cause) => this.parseError(cause),
      }),
    )
  }

  get stream(): Stream.Stream<Uint8Array, HttpServerError.HttpServerError> {
    return this.body === undefined
      ? Stream.fail(
          new HttpServerError.HttpServerError({
            reason: new HttpServerError.RequestParseError({
              request: this,
              description: "can not create stream from empty body",
            }),
          }),
        )
      : Stream.make(this.body)
  }

  get multipart(): HttpServerRequest.HttpServerRequest["multipart"] {
    this.multipartEffect ??= Effect.runSync(Effect.cached(Multipart.toPersisted(this.multipartStream)))
    return this.multipartEffect
  }

  get multipartStream(): Stream.Stream<Multipart.Part, Multipart.MultipartError> {
    return Stream.pipeThroughChannel(
      Stream.mapError(this.stream, (cause) => Multipart.MultipartError.fromReason("InternalError", cause)),
      Multipart.makeChannel(this.headers),
    )
  }

  get upgrade(): HttpServerRequest.HttpServerRequest["upgrade"] {
    return this.upgradeWith({})
  }

  upgradeWith(_options: {
    readonly headers?: Headers.Input | undefined
  }): HttpServerRequest.HttpServerRequest["upgrade"] {
    return Effect.fail(
      new HttpServerError.HttpServerError({
        reason: new HttpServerError.RequestParseError({
          request: this,
          description: "Not an upgradeable ServerRequest",
        }),
      }),
    )
  }

  override toJSON(): unknown {
    return HttpIncomingMessage.inspect(this, {
      _id: "HttpServerRequest",
      method: this.method,
      url: UrlParams.redactUrl(this.originalUrl),
    })
  }
}
