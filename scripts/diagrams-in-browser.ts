// Diagrams render when they come near the viewport (MermaidDiagram.vue). Tools that need
// every diagram drawn (browser tests, the PDF) ask the page to render them all (the event
// the component listens for) and wait until each has rendered or failed.
import type { Page } from 'playwright-core'

export async function renderAllDiagrams(page: Page, timeout = 60_000): Promise<void> {
  // The diagram component is loaded asynchronously, so ask again on every poll until each
  // diagram has answered (a diagram renders at most once per request).
  await page.waitForFunction(
    () => {
      window.dispatchEvent(new Event('mermaid:render-all'))
      return [...document.querySelectorAll<HTMLElement>('.MermaidDiagram')].every((el) => el.dataset.state !== 'loading')
    },
    undefined,
    { timeout, polling: 200 }
  )
}
