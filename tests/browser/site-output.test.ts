// The built site as search engines and link previews see it: per-page <title> and meta
// description from frontmatter, canonical URL, Open Graph tags, sitemap.xml and robots.txt.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { siteOrigin } from '../../.vitepress/seo'
import { siteTitle } from '../../.vitepress/site'
import { loadPages, type Page } from '../../scripts/content'

let pages: Page[]
const siteDir = () => inject('siteDir')
const base = () => inject('siteBase')

beforeAll(async () => {
  pages = await loadPages()
})

function htmlPath(page: Page): string {
  const route = page.route.replace(/^\//, '')
  return join(siteDir(), route === '' || route.endsWith('/') ? `${route}index.html` : `${route}.html`)
}

describe('built output for search engines and sharing', () => {
  it('gives every page its own title, description, canonical URL and Open Graph tags', async () => {
    const origin = siteOrigin()
    const seen = new Set<string>()
    for (const page of pages) {
      const { document } = new JSDOM(await readFile(htmlPath(page), 'utf8')).window
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null
      const title = document.title
      const description = meta('meta[name="description"]')
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
      expect(title, page.relativePath).toContain(siteTitle)
      if (page.frontmatter.title && page.docPath !== 'index.md') expect(title).toContain(String(page.frontmatter.title))
      expect(description, page.relativePath).toBe(String(page.frontmatter.description))
      expect(canonical, page.relativePath).toBe(`${origin}${base()}${page.route.replace(/^\//, '')}`)
      expect(meta('meta[property="og:url"]')).toBe(canonical)
      expect(meta('meta[property="og:title"]')).toBeTruthy()
      expect(meta('meta[property="og:description"]')).toBe(description)
      expect(seen.has(title), `duplicate title ${title}`).toBe(false)
      seen.add(title)
    }
  })

  it('lists every page in sitemap.xml and points robots.txt at it', async () => {
    const origin = siteOrigin()
    const sitemap = await readFile(join(siteDir(), 'sitemap.xml'), 'utf8')
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(urls.sort()).toEqual(pages.map((p) => `${origin}${base()}${p.route.replace(/^\//, '')}`).sort())
    const robots = await readFile(join(siteDir(), 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${origin}${base()}sitemap.xml`)
  })
})
