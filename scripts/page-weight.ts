// What a page costs before any interaction: the JavaScript and CSS its HTML asks for
// (entry script, modulepreloads, stylesheets), gzip-compressed as a server would send them.
// The budget is checked by the browser tests and compared with a plain VitePress page by
// `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { JSDOM } from 'jsdom'

/**
 * Budgets (gzip) for what a chapter page loads before the reader does anything.
 * - Site code: VitePress's framework and theme, our theme code and the stylesheet, shared by
 *   every page (measured at about 90 KB).
 * - Whole page: site code plus the page's own chunk, which carries the page's rendered HTML
 *   for hydration; on formula-heavy pages KaTeX's HTML+MathML makes that chunk the largest
 *   part (about 66 KB on the page with the most formulas).
 */
export const SITE_CODE_BUDGET_GZIP = 100 * 1024
export const INITIAL_JS_CSS_BUDGET_GZIP = 180 * 1024

/** The page's own content chunk, e.g. assets/17-position-encoding_index.md.Ab12.lean.js */
export const PAGE_CHUNK = /_?[\w-]*\.md\.[\w-]+(\.lean)?\.js$/

export interface AssetWeight {
  path: string
  kind: 'js' | 'css'
  gzipBytes: number
}

/** Site-relative paths (without base) of the JS and CSS the page's HTML loads up front. */
export function initialAssetPaths(html: string, base: string): string[] {
  const { document } = new JSDOM(html).window
  const urls = [
    ...[...document.querySelectorAll('script[src]')].map((el) => el.getAttribute('src')!),
    ...[...document.querySelectorAll('link[rel~="modulepreload"], link[rel~="stylesheet"], link[rel~="preload"][as="style"]')].map(
      (el) => el.getAttribute('href')!
    )
  ]
  return [...new Set(urls.filter((url) => url.startsWith(base)).map((url) => url.slice(base.length).split('?')[0]))]
}

export function assetWeight(siteDir: string, path: string): AssetWeight {
  const bytes = readFileSync(join(siteDir, path))
  return { path, kind: path.endsWith('.css') ? 'css' : 'js', gzipBytes: gzipSync(bytes, { level: 9 }).length }
}

export function sumGzip(weights: AssetWeight[]): number {
  return weights.reduce((sum, weight) => sum + weight.gzipBytes, 0)
}
