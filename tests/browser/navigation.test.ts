// Reader journeys in Chromium: home -> chapter grid / sidebar -> chapter pages; mermaid is
// fetched only where a diagram is; dark mode re-renders diagrams; a broken diagram shows an
// error box without breaking the page.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPages, type Page } from '../../scripts/content'
import { groupChapters } from '../../scripts/sidebar'
import { launchChromium } from '../../scripts/chromium'
import { openPage, siteUrl, waitForDiagrams } from './visit'

let browser: Browser
let pages: Page[]

beforeAll(async () => {
  ;[browser, pages] = await Promise.all([launchChromium(), loadPages()])
})
afterAll(async () => browser?.close())

// The diagram component, mermaid's core and the KaTeX build mermaid bundles for its labels.
const MERMAID_REQUEST = /mermaid|katex\.[\w-]+\.js/i
const withDiagrams = () => pages.filter((p) => p.chapter && p.diagramCount > 0)

describe('reading the site', () => {
  it('goes from the home page through the chapter grid and the sidebar to chapter pages', async () => {
    const visit = await openPage(browser, '/')
    const { page } = visit
    expect(await page.title()).toContain('LLMs 面试八股文')
    const cards = page.locator('.HomeChapters .card')
    expect(await cards.count()).toBe(groupChapters(pages).length)

    const target = pages.find((p) => p.chapter?.number.length === 1)!
    await page.locator(`.HomeChapters a.card-link[href="${new URL(siteUrl(target.route)).pathname}"]`).click()
    await page.waitForURL(siteUrl(target.route))
    await page.locator('.vp-doc h1', { hasText: target.chapter!.label }).waitFor()

    // The sidebar lists every chapter page; open a collapsed group and follow a sub-page.
    const sub = pages.find((p) => p.chapter?.number.length === 2)!
    const group = page.locator('.VPSidebarItem.level-0', { hasText: `${sub.chapter!.number[0]}. ${sub.chapter!.parent}` })
    await group.locator('.item').first().click()
    await page.locator('.VPSidebar a', { hasText: sub.chapter!.label }).click()
    await page.waitForURL(siteUrl(sub.route))
    await page.locator('.vp-doc h1', { hasText: sub.chapter!.label }).waitFor()
    expect(await page.locator('.VPDocAsideOutline .outline-title').textContent()).toBe('本页目录')
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('fits a phone screen: wide formulas, tables and diagrams scroll inside the page', async () => {
    const phone = { width: 390, height: 844 }
    for (const content of pages) {
      const visit = await openPage(browser, content.route, { viewport: phone })
      const width = await visit.page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${content.relativePath}: page width on a phone`).toBeLessThanOrEqual(phone.width)
      expect(visit.report.consoleErrors).toEqual([])
      await visit.close()
    }
  })

  it('fetches mermaid only on pages that have a diagram', async () => {
    const home = await openPage(browser, '/')
    expect(home.report.requests.filter((u) => MERMAID_REQUEST.test(u))).toEqual([])
    await home.close()
    const withoutDiagram = pages.find((p) => p.chapter && p.diagramCount === 0)
    if (withoutDiagram) {
      const visit = await openPage(browser, withoutDiagram.route)
      expect(visit.report.requests.filter((u) => MERMAID_REQUEST.test(u))).toEqual([])
      await visit.close()
    }
    // Control: the same pattern does see mermaid where a diagram is.
    const visit = await openPage(browser, withDiagrams()[0].route)
    expect(visit.report.requests.filter((u) => MERMAID_REQUEST.test(u)).length).toBeGreaterThan(0)
    await visit.close()
  })

  it('re-renders diagrams when dark mode is toggled', async () => {
    const visit = await openPage(browser, withDiagrams()[0].route)
    const { page } = visit
    const diagram = page.locator('.MermaidDiagram').first()
    expect(await diagram.getAttribute('data-theme')).toBe('default')
    const lightSvg = await diagram.locator('svg').innerHTML()
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click()
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.MermaidDiagram')].every((el) => el.dataset.theme === 'dark')
    )
    await waitForDiagrams(page)
    expect(await page.locator('html').getAttribute('class')).toContain('dark')
    expect(await diagram.locator('svg').innerHTML()).not.toBe(lightSvg)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('shows a readable error box for a diagram with a syntax error, and keeps the page', async () => {
    const target = withDiagrams()[0]
    const chunk = new RegExp(`${target.docPath.replace(/\//g, '_').replace(/\.md$/, '')}\\.md\\.[\\w-]+(\\.lean)?\\.js$`)
    let patched = false
    const visit = await openPage(browser, target.route, {
      // Corrupt the first diagram's source in the page's compiled chunk.
      prepare: (page) =>
        page.route(chunk, async (route) => {
          const response = await route.fetch()
          const body = (await response.text()).replace(/(code:\s*")[^"]*"/, (_, open) => {
            patched = true
            return `${open}${encodeURIComponent('this is not a diagram -->')}"`
          })
          await route.fulfill({ response, body })
        })
    })
    const { page } = visit
    expect(patched).toBe(true)
    const error = page.locator('.MermaidDiagram[data-state="error"]')
    expect(await error.count()).toBe(1)
    expect(await error.getByRole('alert').textContent()).toContain('图表无法渲染')
    expect(await page.locator('.MermaidDiagram[data-state="rendered"] svg').count()).toBe(target.diagramCount - 1)
    expect(await page.locator('.vp-doc h1').textContent()).toContain(target.chapter!.label)
    await visit.close()
  })
})
