// Off-screen answers are not laid out until they come near the viewport (content-visibility,
// styles.css); any jump to an anchor lays out the whole page first so it lands on its
// heading (.vitepress/head/render-all.ts, theme/answer-layout.ts).
import type { Browser, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RENDER_ALL_CLASS } from '../../.vitepress/head/render-all'
import { launchChromium } from '../../scripts/chromium'
import { chapterPageWithMost, loadPages, type Page } from '../../scripts/content'
import { layOutEverything, openPage } from './visit'

let browser: Browser
let longest: Page

beforeAll(async () => {
  const [launched, pages] = await Promise.all([launchChromium(), loadPages()])
  browser = launched
  longest = chapterPageWithMost(pages, 'mathCount')
})
afterAll(async () => browser?.close())

const skippedAnswers = (page: BrowserPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.vp-doc [data-answer]')].filter((answer) => {
      const content = answer.firstElementChild ?? answer
      return !content.checkVisibility({ contentVisibilityAuto: true })
    }).length
  )

// Chrome keeps a heading in place while the answers around it are laid out (scroll
// anchoring); Safari has no scroll anchoring. Turning it off tests the landing itself.
const WITHOUT_SCROLL_ANCHORING = () => {
  new MutationObserver((_, observer) => {
    if (!document.head) return
    const style = document.createElement('style')
    style.textContent = 'html, body { overflow-anchor: none !important; }'
    document.head.append(style)
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/**
 * How far a heading sits from where VitePress's router puts a heading it jumps to (its
 * scrollOffset below the top, less the heading's top padding), over 8 frames. A landing
 * computed from estimated heights ends up elsewhere (58 px instead of 134 on the permalink
 * case without html.render-all), or drifts as the answers around it are laid out.
 */
function offsetsFromLanding(page: BrowserPage, id: string): Promise<number[]> {
  return page.evaluate(async (id) => {
    const heading = document.getElementById(id)!
    const { scrollOffset } = (window as unknown as { __VP_SITE_DATA__: { scrollOffset: number } }).__VP_SITE_DATA__
    const expected = scrollOffset - parseInt(getComputedStyle(heading).paddingTop, 10)
    const offsets: number[] = []
    for (let frame = 0; frame < 8; frame++) {
      offsets.push(Math.round(heading.getBoundingClientRect().top) - expected)
      await new Promise(requestAnimationFrame)
    }
    return offsets
  }, id)
}
const LANDED = Array(8).fill(0)

describe('answers off screen', () => {
  it('are skipped until they come near the viewport, and scroll regions in them are measured then', async () => {
    // A phone, where wide formulas and tables scroll sideways.
    const visit = await openPage(browser, longest.route, { settleDiagrams: false, viewport: { width: 390, height: 844 } })
    const { page } = visit
    const answers = await page.locator('.vp-doc [data-answer]').count()
    expect(answers).toBeGreaterThan(50)
    // Most of a long chapter is far below the first screen.
    expect(await skippedAnswers(page)).toBeGreaterThan(answers / 2)
    expect(await page.evaluate(() => document.documentElement.dataset.scrollRegions)).toBe('partial')
    // Scrolled into view, the last answer is laid out (its neighbours change size as they
    // are laid out too, so it may take a second scroll to stay in view).
    await expect.poll(() => page.evaluate(() => {
      const answers = document.querySelectorAll('.vp-doc [data-answer]')
      const last = answers[answers.length - 1]
      last.scrollIntoView()
      return (last.firstElementChild ?? last).checkVisibility({ contentVisibilityAuto: true })
    })).toBe(true)
    expect(await skippedAnswers(page)).toBeGreaterThan(answers / 2)
    // Laid out all at once, every scroll region gets measured (wide ones become focusable).
    await layOutEverything(page)
    expect(await skippedAnswers(page)).toBe(0)
    expect(await page.locator('.vp-doc [data-scroll-region="true"]').count()).toBeGreaterThan(0)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('do not stop a permalink from landing on its heading', async () => {
    const deep = longest.headings.filter((heading) => heading.questionNumber !== null).at(-1)!
    const visit = await openPage(browser, `${longest.route}#${deep.anchor}`, {
      settleDiagrams: false,
      waitUntil: 'load',
      prepare: (page) => page.addInitScript(WITHOUT_SCROLL_ANCHORING)
    })
    const { page } = visit
    expect(await page.evaluate((name) => document.documentElement.classList.contains(name), RENDER_ALL_CLASS)).toBe(true)
    // The browser scrolls to the fragment while parsing; the router scrolls again once the
    // app has mounted (later on a busy machine): wait for that final, steady position.
    await expect.poll(() => offsetsFromLanding(page, deep.anchor), { timeout: 10_000 }).toEqual(LANDED)
    await visit.close()
  })

  it('do not stop an outline link from landing on its heading', async () => {
    const visit = await openPage(browser, longest.route, {
      settleDiagrams: false,
      waitUntil: 'load',
      viewport: { width: 1440, height: 900 },
      prepare: (page) => page.addInitScript(WITHOUT_SCROLL_ANCHORING)
    })
    const { page } = visit
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowAnchor)).toBe('none')
    expect(await skippedAnswers(page)).toBeGreaterThan(0)
    const link = page.locator('.VPDocAsideOutline a.outline-link').last()
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1))
    await link.click()
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${id}`)
    // Smooth scrolling is skipped for long distances: the jump is immediate.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    await expect.poll(() => offsetsFromLanding(page, id), { timeout: 10_000 }).toEqual(LANDED)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})
