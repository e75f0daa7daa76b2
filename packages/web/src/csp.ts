/** The dashboard's Content-Security-Policy, kept beside the code it must allow: what the page may load and call. */

/**
 * The CSP of the dashboard (CloudFront sends it; the browser test runs the built page under it). Scripts, styles, fonts and images come only from the site itself (the Vite build has no
 * inline script or style; Preact sets `style` through the CSSOM, which CSP does not restrict); the page may call only
 * its own origin (where CloudFront routes `/v1/*` to the API) and the origins in `connectSources` (the Cognito
 * hosted-UI domain for the token endpoint). No framing, no plugins, no `<base>`.
 *
 * @example
 * contentSecurityPolicy(["https://ntm-15-prod.auth.ap-southeast-1.amazoncognito.com"])
 * // "default-src 'none'; script-src 'self'; … connect-src 'self' https://ntm-15-prod.auth.…; …"
 */
export const contentSecurityPolicy = (connectSources: ReadonlyArray<string>): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(" "),
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "upgrade-insecure-requests",
  ].join("; ")
