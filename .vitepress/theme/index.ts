import type { Theme } from 'vitepress'
// The theme without its bundled Inter web font: the font stack falls back to the system UI
// font, which saves 60-200 KB of fonts per page (Chinese text never used Inter anyway).
import DefaultTheme from 'vitepress/theme-without-fonts'
import { defineAsyncComponent, h } from 'vue'
// KaTeX's stylesheet and fonts are bundled and served by the site itself (no CDN).
import 'katex/dist/katex.min.css'
import './styles.css'
import './practice.css'
import './print.css'
import HomeChapters from './components/HomeChapters.vue'
import PracticeBar from './components/practice/PracticeBar.vue'
import ProgressMarks from './components/practice/ProgressMarks.vue'
import ScrollableRegions from './components/ScrollableRegions.vue'
import PracticeController from './components/practice/PracticeController.vue'
import { registerOffline } from './offline'
import { renderForRoute } from './answer-layout'

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'doc-before': () => h(PracticeBar),
      'layout-bottom': () => [h(PracticeController), h(ProgressMarks), h(ScrollableRegions)]
    }),
  enhanceApp({ app, router }) {
    if (typeof window !== 'undefined') {
      registerOffline()
      // A route with an anchor (search results, links between pages) is laid out in full
      // before the router measures where its heading is.
      const before = router.onBeforeRouteChange
      router.onBeforeRouteChange = (to) => {
        renderForRoute(to)
        return before?.(to)
      }
    }
    app.component('HomeChapters', HomeChapters)
    // The progress and drill pages are the only users of these; load them with those pages.
    app.component('PracticeProgress', defineAsyncComponent(() => import('./components/practice/PracticeProgress.vue')))
    app.component('PracticeDrill', defineAsyncComponent(() => import('./components/practice/PracticeDrill.vue')))
    // Async, so the diagram code (and mermaid, which it imports lazily) is fetched only by
    // pages that contain a diagram.
    app.component(
      'MermaidDiagram',
      defineAsyncComponent(() => import('./components/MermaidDiagram.vue'))
    )
  }
} satisfies Theme
