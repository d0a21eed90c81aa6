// Crawls every page of the built site (non-root base) in Chromium: no 404s, no failed or
// off-site requests, no console errors; every link, anchor and CSS asset resolves; heading
// ids equal the content model's anchors; all formulas and diagrams rendered.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadPages, type Page } from '../../scripts/content'
import { launchChromium } from '../../scripts/chromium'
import { openPage, siteUrl } from './visit'

let browser: Browser
let pages: Page[]
const linkStatus = new Map<string, number>()

beforeAll(async () => {
  ;[browser, pages] = await Promise.all([launchChromium(), loadPages()])
})
afterAll(async () => browser?.close())

/** The content page a same-site URL points to, if any. */
function pageForUrl(url: URL): Page | undefined {
  const base = inject('siteBase')
  if (!url.pathname.startsWith(base)) return undefined
  const route = `/${decodeURI(url.pathname.slice(base.length))}`.replace(/\.html$/, '').replace(/\/index$/, '/')
  return pages.find((p) => p.route === route)
}

async function statusOf(url: string): Promise<number> {
  if (!linkStatus.has(url)) linkStatus.set(url, (await fetch(url)).status)
  return linkStatus.get(url)!
}

describe('built site crawl', () => {
  it('has content pages to crawl', () => {
    expect(pages.filter((p) => p.chapter).length).toBeGreaterThanOrEqual(2)
  })

  it('serves every page cleanly with resolving links, anchors, formulas and diagrams', async () => {
    const origin = inject('siteOrigin')
    for (const content of pages) {
      const visit = await openPage(browser, content.route)
      const { page, report } = visit
      const where = content.relativePath

      expect(report.badResponses, `${where}: HTTP errors`).toEqual([])
      expect(report.failedRequests, `${where}: failed requests`).toEqual([])
      expect(report.offOrigin, `${where}: requests leaving localhost`).toEqual([])
      expect(report.consoleErrors, `${where}: console errors`).toEqual([])

      // Heading ids in the HTML are exactly the anchors of the content model.
      const ids = await page.$$eval('.vp-doc :is(h1, h2, h3, h4, h5, h6)', (els) => els.map((el) => el.id))
      // On the home page the theme adds headings of its own, so compare as a subset there.
      const anchors = content.headings.map((h) => h.anchor)
      if (content.chapter) expect(ids, `${where}: heading ids`).toEqual(anchors)
      else expect(ids, `${where}: heading ids`).toEqual(expect.arrayContaining(anchors))

      // Every formula rendered by KaTeX, none with an error.
      expect(await page.locator('.vp-doc .katex-error').count(), `${where}: KaTeX errors`).toBe(0)
      const formulas = await page.locator('.vp-doc .katex').count()
      expect(formulas, `${where}: rendered formulas`).toBe(content.mathCount)

      // Every diagram rendered to SVG; a diagram error box fails the crawl.
      expect(await page.locator('.MermaidDiagram[data-state="error"]').count(), `${where}: diagram errors`).toBe(0)
      expect(await page.locator('.MermaidDiagram[data-state="rendered"] svg').count(), `${where}: diagrams`).toBe(content.diagramCount)

      // Every same-site link answers 200, and its #anchor exists on the target page.
      const hrefs = await page.$$eval('a[href]', (els) => els.map((el) => (el as HTMLAnchorElement).href))
      for (const href of new Set(hrefs)) {
        const url = new URL(href)
        if (url.origin !== origin) continue
        expect(await statusOf(`${url.origin}${url.pathname}`), `${where}: link ${href}`).toBe(200)
        if (url.hash.length > 1) {
          const target = pageForUrl(url)
          const anchor = decodeURIComponent(url.hash.slice(1))
          if (target && target !== content) {
            expect(target.headings.map((h) => h.anchor), `${where}: anchor ${href}`).toContain(anchor)
          } else {
            expect(await page.locator(`[id="${anchor.replace(/"/g, '\\"')}"]`).count(), `${where}: anchor ${href}`).toBeGreaterThan(0)
          }
        }
      }
      await visit.close()
    }
  })

  it('resolves every url() in the built CSS, KaTeX fonts included', async () => {
    const assetsDir = join(inject('siteDir'), 'assets')
    const cssFiles = (await readdir(assetsDir)).filter((f) => f.endsWith('.css'))
    const missing: string[] = []
    let checked = 0
    for (const file of cssFiles) {
      const css = await readFile(join(assetsDir, file), 'utf8')
      const cssUrl = siteUrl(`/assets/${file}`)
      for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (match[1].startsWith('data:') || match[1].startsWith('#')) continue
        const url = new URL(match[1], cssUrl)
        expect(url.origin, `${file}: ${match[1]} must be served by the site`).toBe(inject('siteOrigin'))
        checked++
        if ((await statusOf(url.href)) !== 200) missing.push(`${file}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
    // KaTeX alone references dozens of font files; zero would mean the check saw nothing.
    expect(checked).toBeGreaterThan(20)
  })

  it('answers an unknown URL with the Chinese 404 page', async () => {
    const visit = await openPage(browser, '/no-such-page')
    expect(await visit.page.locator('.NotFound .title').textContent()).toBe('页面不存在')
    expect(await visit.page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await visit.close()
  })
})
