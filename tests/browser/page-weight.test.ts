// Page weight before interaction, measured in the browser on the heaviest chapter page (most
// formulas) and on a page with diagrams: the JS and CSS requested until the network is idle
// stay within the budget; the search index, FlexSearch and mermaid are not among them (mermaid
// waits for the load event, an idle moment and a diagram near the viewport);
// KaTeX fonts load only on pages with formulas and cause no layout shift.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../../scripts/chromium'
import { chapterPageWithMost, loadPages, type Page } from '../../scripts/content'
import { assetWeight, INITIAL_JS_CSS_BUDGET_GZIP, PAGE_CHUNK, PAGE_CHUNK_BUDGET_GZIP, SITE_CODE_BUDGET_GZIP, sumGzip } from '../../scripts/page-weight'
import { openPage } from './visit'

let browser: Browser
let pages: Page[]

beforeAll(async () => {
  ;[browser, pages] = await Promise.all([launchChromium(), loadPages()])
})
afterAll(async () => browser?.close())

// mermaid itself, not our small MermaidDiagram component, which hydrates with the page.
const LAZY_ONLY = /search-index|flexsearch|SearchModal|mermaid(?!Diagram)|practice-manifest|practice-\d/i

describe('page weight', () => {
  for (const [label, pick] of [
    ['the page with the most formulas', () => chapterPageWithMost(pages, 'mathCount')],
    ['the page with the most diagrams', () => chapterPageWithMost(pages, 'diagramCount')]
  ] as const) {
    it(`keeps ${label} within the JS+CSS budget, with search and mermaid left for later`, async () => {
      const target = pick()
      // The initial load: everything requested by the time the load event has fired.
      const visit = await openPage(browser, target.route, { settleDiagrams: false, waitUntil: 'load' })
      const { page, report } = visit
      const initial = [...report.requests]
      await page.waitForLoadState('networkidle')
      const base = inject('siteBase')
      const paths = initial
        .map((url) => new URL(url).pathname)
        .filter((path) => /\.(js|css)$/.test(path))
        .map((path) => path.slice(base.length))
      // Once the app is idle VitePress prefetches the chunks of pages linked in view (router
      // prefetchLinks); on a fast load that can start before the load event. Those serve the
      // next navigation, so only this page's own chunk counts.
      const ownChunk = `${target.docPath.replace(/\//g, '_')}.`
      const prefetched = paths.filter((path) => PAGE_CHUNK.test(path) && !path.split('/').pop()!.startsWith(ownChunk))
      const weights = paths.filter((path) => !prefetched.includes(path)).map((path) => assetWeight(inject('siteDir'), path))
      const total = sumGzip(weights)
      const pageChunk = sumGzip(weights.filter((w) => PAGE_CHUNK.test(w.path)))
      const siteCode = total - pageChunk
      console.log(
        `${target.relativePath}: ${weights.map((w) => `${w.path} ${(w.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}; ` +
          `site code ${(siteCode / 1024).toFixed(1)} KB (budget ${SITE_CODE_BUDGET_GZIP / 1024}), page chunk ${(pageChunk / 1024).toFixed(1)} KB (budget ${PAGE_CHUNK_BUDGET_GZIP / 1024}), ` +
          `total ${(total / 1024).toFixed(1)} KB (budget ${INITIAL_JS_CSS_BUDGET_GZIP / 1024}); prefetched for later: ${prefetched.length} page chunks`
      )
      expect(siteCode, `${target.relativePath}: site JS+CSS gzip`).toBeLessThanOrEqual(SITE_CODE_BUDGET_GZIP)
      expect(total, `${target.relativePath}: initial JS+CSS gzip`).toBeLessThanOrEqual(INITIAL_JS_CSS_BUDGET_GZIP)
      expect(pageChunk, `${target.relativePath}: the page's own chunk, gzip`).toBeGreaterThan(0)
      expect(pageChunk, `${target.relativePath}: the page's own chunk, gzip`).toBeLessThanOrEqual(PAGE_CHUNK_BUDGET_GZIP)
      expect(initial.filter((url) => LAZY_ONLY.test(url))).toEqual([])

      // KaTeX fonts come in as woff2 only, and nothing shifts once they have.
      const fonts = report.requests.filter((url) => /KaTeX_.*\.(woff2?|ttf)$/.test(url))
      expect(fonts.every((url) => url.endsWith('.woff2'))).toBe(true)
      if (target.mathCount > 0) expect(fonts.length).toBeGreaterThan(0)
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) sum += entry.value
              }
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(sum), 500)
          })
      )
      expect(shift, `${target.relativePath}: cumulative layout shift`).toBeLessThan(0.05)
      await visit.close()
    })
  }

  it('loads no KaTeX font on the home page, which has no formulas', async () => {
    const visit = await openPage(browser, '/', { settleDiagrams: false })
    expect(visit.report.requests.filter((url) => /KaTeX_/.test(url))).toEqual([])
    await visit.close()
  })
})
