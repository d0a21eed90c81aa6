// Off-screen answers are not laid out on load (content-visibility in styles.css). Before a
// jump whose target is computed from layout, the whole page is laid out at once, so the
// jump lands on its heading instead of where the estimated heights put it.
// .vitepress/head/render-all.ts covers clicks on links and history steps; these cover the
// jumps the app makes itself.
import { ALL_LAID_OUT_EVENT, RENDER_ALL_CLASS } from '../head/render-all'

export function renderAll(): void {
  if (document.documentElement.classList.contains(RENDER_ALL_CLASS)) return
  document.documentElement.classList.add(RENDER_ALL_CLASS)
  window.dispatchEvent(new Event(ALL_LAID_OUT_EVENT))
}

/** For the router: a route with an anchor is laid out in full, one without is not. */
export function renderForRoute(href: string): void {
  if (href.includes('#')) renderAll()
  else document.documentElement.classList.remove(RENDER_ALL_CLASS)
}
