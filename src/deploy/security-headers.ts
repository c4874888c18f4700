import type { HeaderRule } from "./headers.ts";

/**
 * Exactly what the site uses: its own pages, stylesheet and scripts; Pagefind's WebAssembly, which needs
 * 'wasm-unsafe-eval' (and nothing looser); images only from itself or inline `data:` (the empty favicon). No inline
 * script or style is allowed, so none may be written.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const YEAR = 31_536_000;

/**
 * The rules of the site's `_headers` file under `pathPrefix`: security headers everywhere; everything revalidated
 * on every visit (pages, feeds, the stylesheet and Pagefind's entry files keep their names when they change) but
 * Pagefind's index, fragment and filter files, whose names change with their content, kept for a year.
 */
export function siteHeaderRules(pathPrefix: string): HeaderRule[] {
  const root = pathPrefix.endsWith("/") ? pathPrefix : `${pathPrefix}/`;
  return [
    {
      path: `${root}*`,
      headers: {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        "Cache-Control": "public, max-age=0, must-revalidate",
      },
    },
    ...["fragment", "index", "filter"].map((folder) => ({
      path: `${root}pagefind/${folder}/*`,
      headers: { "Cache-Control": `public, max-age=${YEAR}, immutable` },
    })),
  ];
}
