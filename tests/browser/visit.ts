// Opens a page of the test site and records everything that went wrong while it loaded:
// HTTP errors, failed requests, console errors, uncaught exceptions and any request that
// tried to leave localhost (those are blocked).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { inject } from 'vitest'
import { ALL_LAID_OUT_EVENT, RENDER_ALL_CLASS } from '../../.vitepress/head/render-all'
import { renderAllDiagrams } from '../../scripts/diagrams-in-browser'

export interface PageReport {
  badResponses: string[]
  failedRequests: string[]
  consoleErrors: string[]
  offOrigin: string[]
  requests: string[]
}

export interface Visit {
  page: Page
  context: BrowserContext
  report: PageReport
  close(): Promise<void>
}

/** Where a built site is served: the default is the non-root-base build. */
export interface SiteLocation {
  origin: string
  base: string
}

export function defaultSite(): SiteLocation {
  return { origin: inject('siteOrigin'), base: inject('siteBase') }
}

export function rootSite(): SiteLocation {
  return { origin: inject('rootSiteOrigin'), base: '/' }
}

export function siteUrl(route: string, site: SiteLocation = defaultSite()): string {
  return `${site.origin}${site.base}${route.replace(/^\//, '')}`
}

export async function openPage(
  browser: Browser,
  route: string,
  options: {
    colorScheme?: 'light' | 'dark'
    viewport?: { width: number; height: number }
    prepare?: (page: Page) => Promise<unknown>
    site?: SiteLocation
    contextOptions?: BrowserContextOptions
    /** Scroll every diagram into view and wait for it (default true). */
    settleDiagrams?: boolean
    /** When goto returns: 'networkidle' (default) or right at the load event. */
    waitUntil?: 'load' | 'networkidle'
  } = {}
): Promise<Visit> {
  const context = await browser.newContext({
    ...options.contextOptions,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.viewport ? { viewport: options.viewport, isMobile: true, hasTouch: true } : {})
  })
  const page = await context.newPage()
  const report: PageReport = { badResponses: [], failedRequests: [], consoleErrors: [], offOrigin: [], requests: [] }
  const site = options.site ?? defaultSite()
  const origin = site.origin
  await context.route('**/*', (routed) => {
    const url = routed.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return routed.fallback()
    report.offOrigin.push(url)
    return routed.abort()
  })
  page.on('request', (request) => report.requests.push(request.url()))
  page.on('response', (response) => {
    if (response.status() >= 400) report.badResponses.push(`${response.status()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    if (!report.offOrigin.includes(request.url())) {
      report.failedRequests.push(`${request.failure()?.errorText} ${request.url()}`)
    }
  })
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => report.consoleErrors.push(`uncaught: ${error.message}`))
  await options.prepare?.(page)
  await page.goto(siteUrl(route, site), { waitUntil: options.waitUntil ?? 'networkidle' })
  if (options.settleDiagrams !== false) await waitForDiagrams(page)
  return { page, context, report, close: () => context.close() }
}

/**
 * Lays out every answer at once (html.render-all, as a jump to an anchor does) and waits
 * until the scroll regions inside them have been measured: checks that judge layout (axe's
 * contrast and scrollable-region rules, hovering a heading far down) then see the whole page.
 */
export async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(
    ([className, event]) => {
      document.documentElement.classList.add(className)
      window.dispatchEvent(new Event(event))
    },
    [RENDER_ALL_CLASS, ALL_LAID_OUT_EVENT]
  )
  await page.waitForFunction(() => document.documentElement.dataset.scrollRegions === 'measured')
}

/** Scrolls every mermaid diagram into view and waits until each has rendered or failed. */
export async function waitForDiagrams(page: Page): Promise<void> {
  await renderAllDiagrams(page, 30_000)
}
