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
 *   every page (measured at about 92 KB).
 * - The page's own chunk: what hydration needs beyond the HTML. Static content is hoisted
 *   into strings that VitePress leaves out of this chunk, so it stays small (2.4 KB on the
 *   page with the most formulas, 3.6 KB on the one with the most diagrams). Markup Vue cannot
 *   hoist ships here as JavaScript instead: before formulas were made hoistable it was
 *   12.9 KB, and wrapping answers in a component once made it 69.6 KB.
 * - Whole page: both together.
 */
export const SITE_CODE_BUDGET_GZIP = 100 * 1024
export const PAGE_CHUNK_BUDGET_GZIP = 8 * 1024
export const INITIAL_JS_CSS_BUDGET_GZIP = 108 * 1024

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
